-- records-service: the archive of every dossier, built from the events of all services.

-- Hồ sơ lưu trữ: what the archive knows of a dossier; filled in as events arrive, in any order.
CREATE TABLE archived_dossier (
    id                    uuid          PRIMARY KEY,
    code                  varchar(40)   NOT NULL,
    procedure_code        varchar(40),
    procedure_name        varchar(500),
    field                 varchar(200),
    applicant_full_name   varchar(200),
    receiving_unit_code   varchar(5),
    processing_unit_code  varchar(40),
    channel               varchar(10),
    status                varchar(30)   NOT NULL,
    submitted_at          timestamptz,
    updated_at            timestamptz   NOT NULL,
    version               bigint        NOT NULL DEFAULT 0
);
CREATE INDEX archived_dossier_code ON archived_dossier (code);

-- Dòng thời gian: one entry per event about the dossier, whichever service published it.
CREATE TABLE timeline_entry (
    id           bigserial     PRIMARY KEY,
    dossier_id   uuid          NOT NULL REFERENCES archived_dossier (id),
    event_id     varchar(200)  NOT NULL UNIQUE,
    event_type   varchar(200)  NOT NULL,
    source       varchar(100)  NOT NULL,
    occurred_at  timestamptz   NOT NULL,
    title        varchar(500)  NOT NULL,
    unit_code    varchar(40)
);
CREATE INDEX timeline_entry_dossier ON timeline_entry (dossier_id, occurred_at, id);
