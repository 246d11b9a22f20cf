-- The full record of a dossier: its papers (handed in, or fetched from a national database with their
-- provenance), the decision and the result; results kept as reusable items of the applicant's data store.
ALTER TABLE archived_dossier
    ADD COLUMN applicant_reference varchar(64),          -- keyed hash of the citizen ID (never the ID)
    ADD COLUMN decision            varchar(10),          -- APPROVED, REFUSED
    ADD COLUMN decision_reasons    text,
    ADD COLUMN result_reference    varchar(500),
    ADD COLUMN decided_at          timestamptz,
    ADD COLUMN result_returned_at  timestamptz;

CREATE TABLE dossier_paper (
    dossier_id          uuid          NOT NULL,
    position            integer       NOT NULL,
    name                varchar(500)  NOT NULL,
    source              varchar(10)   NOT NULL,      -- APPLICANT, DATABASE
    status              varchar(10)   NOT NULL,      -- RECEIVED, FETCHED, PENDING
    registry            varchar(40),
    registry_reference  varchar(200),
    page_count          integer,
    at                  timestamptz,
    PRIMARY KEY (dossier_id, position)
);

-- Kho dữ liệu điện tử: an approved dossier's result, found by the applicant's reference for later dossiers.
CREATE TABLE applicant_result (
    dossier_id           uuid          PRIMARY KEY,
    applicant_reference  varchar(64)   NOT NULL,
    dossier_code         varchar(40)   NOT NULL,
    procedure_code       varchar(40),
    procedure_name       varchar(500),
    field                varchar(200),
    result_reference     varchar(500)  NOT NULL,
    unit_code            varchar(40),
    decided_at           timestamptz,
    returned_at          timestamptz
);
CREATE INDEX applicant_result_applicant ON applicant_result (applicant_reference, decided_at DESC);
