-- intake-service: catalog (units, procedures) and dossiers as submitted.

-- Đơn vị hành chính cấp xã: the 96 commune-level units of the province (seed data).
CREATE TABLE administrative_unit (
    code                 varchar(5)   PRIMARY KEY,   -- official 5-digit code
    name                 varchar(100) NOT NULL,
    full_name            varchar(150) NOT NULL,
    type                 varchar(20)  NOT NULL,      -- XA, PHUONG, DAC_KHU
    old_province_code    varchar(2)   NOT NULL,      -- 51 old Quảng Ngãi, 62 old Kon Tum
    pre_merger_units     text         NOT NULL
);

-- Thủ tục hành chính: entries of the procedure catalog (seed data, later administered).
CREATE TABLE procedure (
    code                   varchar(40)  PRIMARY KEY,
    name                   varchar(500) NOT NULL,
    field                  varchar(200) NOT NULL,
    competent_authority    varchar(500) NOT NULL,
    legal_time_text        text         NOT NULL,
    legal_time_amount      integer,
    legal_time_unit_text   varchar(200) NOT NULL,
    fee_text               text         NOT NULL,
    required_documents     text         NOT NULL,
    database_replaced      text         NOT NULL,
    verification_note      text         NOT NULL,
    local_code             boolean      NOT NULL DEFAULT false
);
CREATE INDEX procedure_field ON procedure (field);

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
    procedure_code          varchar(40)  NOT NULL REFERENCES procedure (code),
    receiving_unit_code     varchar(5)   NOT NULL REFERENCES administrative_unit (code),
    channel                 varchar(10)  NOT NULL,
    status                  varchar(30)  NOT NULL,
    applicant_full_name     varchar(200) NOT NULL,
    applicant_id_hash       varchar(64),
    applicant_id_masked     varchar(20),
    applicant_email         varchar(200),
    applicant_phone         varchar(20),
    external_reference      varchar(100),
    submitted_at            timestamptz  NOT NULL,
    submitted_by            varchar(200) NOT NULL,
    version                 bigint       NOT NULL DEFAULT 0
);
CREATE INDEX dossier_receiving_unit ON dossier (receiving_unit_code, submitted_at DESC);
CREATE INDEX dossier_applicant_id_hash ON dossier (applicant_id_hash);

-- Status history: the timeline of a dossier in intake, never rewritten.
CREATE TABLE dossier_status_change (
    id           bigserial    PRIMARY KEY,
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
