-- Migration of the pre-merger systems (chuyển đổi dữ liệu): the dossiers of old Quảng Ngãi and old Kon Tum,
-- imported from their exports (records-service/docs/migration-format.md). A migrated dossier keeps its original
-- code as an alternate key; its id is derived from (origin system, original code), so no import can create it twice.
ALTER TABLE archived_dossier
    ADD COLUMN origin_system        varchar(10),       -- QNG, KTM; NULL for dossiers received by this platform
    ADD COLUMN original_code        varchar(60),
    ADD COLUMN original_unit_code   varchar(5),        -- the pre-merger commune
    ADD COLUMN migration_id         uuid,              -- the import that brought it (or last changed it)
    ADD COLUMN source_updated_at    timestamptz;       -- when the old system last changed it: a later export wins
CREATE UNIQUE INDEX archived_dossier_original ON archived_dossier (origin_system, original_code)
    WHERE original_code IS NOT NULL;

-- An import of one export file. Counts and the checkpoint (rows_read) change in the transaction that writes
-- the rows they count, so a crash loses nothing and counts nothing twice: the import resumes after the checkpoint.
CREATE TABLE migration (
    id                  uuid          PRIMARY KEY,
    source_system       varchar(10)   NOT NULL,
    format              varchar(10)   NOT NULL,      -- CSV, JSON (one object per line)
    file_name           varchar(300)  NOT NULL,
    file_sha256         varchar(64)   NOT NULL,
    file_bytes          bigint        NOT NULL,
    status              varchar(12)   NOT NULL,      -- RUNNING, COMPLETED, FAILED
    started_by          varchar(200)  NOT NULL,
    started_at          timestamptz   NOT NULL,
    finished_at         timestamptz,
    failure             varchar(1000),
    rows_read           bigint        NOT NULL DEFAULT 0,
    bytes_read          bigint        NOT NULL DEFAULT 0,
    imported            bigint        NOT NULL DEFAULT 0,
    merged              bigint        NOT NULL DEFAULT 0,
    already_present     bigint        NOT NULL DEFAULT 0,
    held_for_review     bigint        NOT NULL DEFAULT 0,
    rejected            bigint        NOT NULL DEFAULT 0,
    applicants_new      bigint        NOT NULL DEFAULT 0,
    applicants_known    bigint        NOT NULL DEFAULT 0,
    claimed_by          varchar(64),                 -- the records instance running it
    heartbeat_at        timestamptz,
    run_started_at      timestamptz,                 -- this run (after a resume, the resumed run)
    run_rows_at_start   bigint        NOT NULL DEFAULT 0
);
-- one unfinished import per file: sending the same file again resumes it
CREATE UNIQUE INDEX migration_open_file ON migration (source_system, file_sha256) WHERE status <> 'COMPLETED';
CREATE INDEX migration_started ON migration (started_at DESC);

-- Rows refused, with the reason; the row's text is kept with citizen ID numbers masked.
CREATE TABLE migration_rejection (
    migration_id    uuid           NOT NULL REFERENCES migration (id),
    row_number      bigint         NOT NULL,
    original_code   varchar(200),
    reason_code     varchar(30)    NOT NULL,
    reason          varchar(1000)  NOT NULL,
    row_text        text           NOT NULL,
    PRIMARY KEY (migration_id, row_number)
);
CREATE INDEX migration_rejection_reason ON migration_rejection (migration_id, reason_code);

-- Dossiers of a commune that was split between new units (Xã Trà Bùi), held until a rule or a person decides.
CREATE TABLE migration_review (
    id                  uuid           PRIMARY KEY,
    origin_system       varchar(10)    NOT NULL,
    original_code       varchar(60)    NOT NULL,
    migration_id        uuid           NOT NULL REFERENCES migration (id),
    row_number          bigint         NOT NULL,
    original_unit_code  varchar(5)     NOT NULL,
    candidate_units     varchar(200)   NOT NULL,     -- comma-separated new unit codes
    address             varchar(500),
    dossier             jsonb          NOT NULL,     -- the checked row (the applicant by reference, never the ID)
    status              varchar(10)    NOT NULL,     -- OPEN, DECIDED
    decided_unit_code   varchar(5),
    decided_by          varchar(200),
    decided_at          timestamptz,
    UNIQUE (origin_system, original_code)
);
CREATE INDEX migration_review_open ON migration_review (status, original_unit_code);

-- Rules that decide the new unit of a split commune's dossier from the applicant's address (folded words).
CREATE TABLE migration_unit_rule (
    original_unit_code  varchar(5)     NOT NULL,
    address_keyword     varchar(200)   NOT NULL,
    new_unit_code       varchar(5)     NOT NULL,
    updated_by          varchar(200)   NOT NULL,
    updated_at          timestamptz    NOT NULL,
    PRIMARY KEY (original_unit_code, address_keyword)
);

-- Applicants known to the archive, one per person (by the keyed hash of the citizen ID): the two old systems'
-- records of the same person become one applicant. The name keeps the spelling with diacritics when one is seen.
CREATE TABLE applicant (
    reference       varchar(64)    PRIMARY KEY,
    full_name       varchar(200)   NOT NULL,
    accented        boolean        NOT NULL,
    first_seen_at   timestamptz    NOT NULL
);
