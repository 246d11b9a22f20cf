-- routing-service: the processing of each dossier, step by step (the process control sheet, Mẫu 06).

ALTER TABLE assignment
    ADD COLUMN accepted_by                 varchar(200),
    ADD COLUMN accepted_at                 timestamptz,
    ADD COLUMN supplementation_requested_at timestamptz,
    ADD COLUMN outcome                     varchar(20),   -- APPROVED or REFUSED
    ADD COLUMN result_reference            varchar(200),
    ADD COLUMN decided_at                  timestamptz,
    ADD COLUMN result_returned_at          timestamptz,
    ADD COLUMN transfers                   integer NOT NULL DEFAULT 0,
    ALTER COLUMN status TYPE varchar(40);     -- SUPPLEMENTATION_REQUESTED

-- Every hand-over and action on a dossier, with who and when: the process control sheet.
-- The assignment itself stands for the first two rows (received, assigned); steps are the officers' actions.
CREATE SEQUENCE processing_step_seq INCREMENT BY 50;
CREATE TABLE processing_step (
    id            bigint       PRIMARY KEY,
    dossier_id    uuid         NOT NULL,
    kind          varchar(40)  NOT NULL,
    from_unit     varchar(40),
    unit_code     varchar(40)  NOT NULL,      -- where the dossier is after the step
    actor         varchar(200) NOT NULL,
    at            timestamptz  NOT NULL,
    note          text
);
CREATE INDEX processing_step_dossier ON processing_step (dossier_id, id);
