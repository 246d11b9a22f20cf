-- routing-service: where each dossier is processed.

-- Phân công: the unit chosen to process a dossier, why, and among which candidates.
CREATE TABLE assignment (
    dossier_id            uuid         PRIMARY KEY,
    dossier_code          varchar(40)  NOT NULL,
    procedure_code        varchar(40)  NOT NULL,
    receiving_unit_code   varchar(5)   NOT NULL,
    processing_unit_code  varchar(40)  NOT NULL,
    reason                varchar(40)  NOT NULL,
    candidate_unit_codes  text         NOT NULL,
    status                varchar(20)  NOT NULL,
    submitted_at          timestamptz  NOT NULL,
    assigned_at           timestamptz  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX assignment_queue ON assignment (processing_unit_code, status, submitted_at);
