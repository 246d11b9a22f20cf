-- intake-service: catalog (units, procedures) and dossiers as submitted.

-- Đơn vị hành chính cấp xã: the 96 commune-level units of the province (seed data).
CREATE TABLE administrative_unit (
    code                 varchar(5)   PRIMARY KEY,   -- official 5-digit code
    name                 varchar(100) NOT NULL,
    full_name            varchar(150) NOT NULL,
    type                 varchar(20)  NOT NULL,      -- XA, PHUONG, DAC_KHU
    old_province_code    varchar(2)   NOT NULL,      -- 51 old Quảng Ngãi, 62 old Kon Tum
    pre_merger_units     text         NOT NULL,      -- the published "before merger" text
    remote               boolean      NOT NULL DEFAULT false,
    search_text          text         NOT NULL
);

-- The pre-merger units each unit absorbed (one old unit may be split between two new ones).
CREATE TABLE pre_merger_unit (
    old_code             varchar(5)   NOT NULL,
    new_code             varchar(5)   NOT NULL REFERENCES administrative_unit (code),
    old_full_name        varchar(150) NOT NULL,
    old_district         varchar(150) NOT NULL,
    old_province         varchar(100) NOT NULL,
    split                boolean      NOT NULL,
    match_method         varchar(60)  NOT NULL,
    PRIMARY KEY (old_code, new_code)
);
CREATE INDEX pre_merger_unit_new ON pre_merger_unit (new_code);

-- Thủ tục hành chính: a catalog entry; its content lives in versions, dossiers keep theirs.
CREATE TABLE procedure (
    code              varchar(40) PRIMARY KEY,
    current_version   integer     NOT NULL
);

CREATE TABLE procedure_version (
    code                     varchar(40)  NOT NULL REFERENCES procedure (code),
    version                  integer      NOT NULL,
    name                     text         NOT NULL,
    field                    varchar(300) NOT NULL,
    competent_authority      text         NOT NULL,   -- as published
    competence_rule          varchar(30),              -- ANY_COMMUNE, RESIDENCE_COMMUNE, LAND_COMMUNE, PROVINCIAL_AGENCY
    competent_agency         varchar(300),
    legal_time_amount        integer,
    legal_time_unit          varchar(20),              -- SAME_DAY, WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS
    remote_legal_time_amount integer,                  -- the longer limit of remote communes, if any
    legal_time_text          text         NOT NULL,
    fee_text                 text         NOT NULL,
    effort_hours             numeric(6,2),
    verification_note        text         NOT NULL,
    local_code               boolean      NOT NULL,
    source                   varchar(20)  NOT NULL,    -- SEED or ADMIN
    content_hash             varchar(64)  NOT NULL,
    search_text              text         NOT NULL,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(200) NOT NULL,
    PRIMARY KEY (code, version)
);

-- Thành phần hồ sơ: a paper the procedure requires; a national database may replace it (once-only).
CREATE TABLE required_document (
    code              varchar(40)  NOT NULL,
    version           integer      NOT NULL,
    position          integer      NOT NULL,
    name              text         NOT NULL,
    replaced_by       varchar(200),               -- registry codes, comma separated; null: the applicant hands it in
    legal_basis       text,
    PRIMARY KEY (code, version, position),
    FOREIGN KEY (code, version) REFERENCES procedure_version (code, version)
);

-- Which seed file versions are loaded: a changed file is loaded again.
CREATE TABLE seed_file (
    name        varchar(200) PRIMARY KEY,
    sha256      varchar(64)  NOT NULL,
    rows        integer      NOT NULL,
    loaded_at   timestamptz  NOT NULL
);

-- Hồ sơ: one application for one procedure.
CREATE TABLE dossier (
    id                      uuid         PRIMARY KEY,
    code                    varchar(40)  NOT NULL UNIQUE,
    procedure_code          varchar(40)  NOT NULL,
    procedure_version       integer      NOT NULL,
    receiving_unit_code     varchar(5)   NOT NULL REFERENCES administrative_unit (code),
    channel                 varchar(10)  NOT NULL,
    status                  varchar(30)  NOT NULL,
    applicant_full_name     varchar(200) NOT NULL,
    applicant_id_hash       varchar(64),
    applicant_id_masked     varchar(20),
    applicant_email         varchar(200),
    applicant_phone         varchar(20),
    external_reference      varchar(100),
    residence_unit_code     varchar(5),                -- competence inputs: where the applicant lives
    land_unit_code          varchar(5),                -- and where the land lies
    submitted_at            timestamptz  NOT NULL,     -- the complete dossier's receipt: the clock starts
    submitted_by            varchar(200) NOT NULL,
    legal_time_amount       integer      NOT NULL,
    legal_time_unit         varchar(20)  NOT NULL,
    due_at                  timestamptz,               -- appointment; null only when the calendar year is missing
    clock_stopped_at        timestamptz,
    remaining_minutes       bigint,
    extended                boolean      NOT NULL DEFAULT false,
    calendar_version        varchar(100),
    deadline_note           text,
    supplementation_due_at  timestamptz,               -- when papers a database could not give are to be asked for
    withdrawn_at            timestamptz,
    withdrawal_reason       text,
    version                 bigint       NOT NULL DEFAULT 0,
    FOREIGN KEY (procedure_code, procedure_version) REFERENCES procedure_version (code, version)
);
CREATE INDEX dossier_receiving_unit ON dossier (receiving_unit_code, submitted_at DESC);
CREATE INDEX dossier_applicant_id_hash ON dossier (applicant_id_hash);

-- Thành phần hồ sơ đã nhận: a paper handed in, or data fetched from a national database (with provenance),
-- or a database paper still pending because the registry could not answer.
CREATE SEQUENCE dossier_document_seq INCREMENT BY 50;
CREATE TABLE dossier_document (
    id                  bigint       PRIMARY KEY,     -- from dossier_document_seq (allocated 50 at a time)
    dossier_id          uuid         NOT NULL REFERENCES dossier (id),
    position            integer      NOT NULL,
    name                text         NOT NULL,
    source              varchar(20)  NOT NULL,   -- APPLICANT or DATABASE
    status              varchar(20)  NOT NULL,   -- RECEIVED, FETCHED, PENDING
    registry            varchar(30),
    registry_reference  varchar(200),
    data                jsonb,
    page_count          integer,
    note                text,
    at                  timestamptz  NOT NULL,
    UNIQUE (dossier_id, position)
);

-- Idempotency keys of submissions: the same key and body give the same dossier.
CREATE TABLE idempotency_key (
    caller        varchar(200) NOT NULL,
    key           varchar(200) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    dossier_id    uuid         NOT NULL REFERENCES dossier (id),
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (caller, key)
);

-- Status history: the timeline of a dossier in intake, never rewritten.
CREATE SEQUENCE dossier_status_change_seq INCREMENT BY 50;
CREATE TABLE dossier_status_change (
    id           bigint       PRIMARY KEY,           -- from dossier_status_change_seq
    dossier_id   uuid         NOT NULL REFERENCES dossier (id),
    from_status  varchar(30),
    to_status    varchar(30)  NOT NULL,
    changed_at   timestamptz  NOT NULL,
    actor        varchar(200) NOT NULL,
    note         text
);
CREATE INDEX dossier_status_change_dossier ON dossier_status_change (dossier_id, id);

-- Daily sequence of dossier codes per agency: never reused.
CREATE TABLE dossier_code_sequence (
    agency_code  varchar(20) NOT NULL,
    day          date        NOT NULL,
    last_value   integer     NOT NULL,
    PRIMARY KEY (agency_code, day)
);
