-- notification-service: who is told what about which dossier.

-- Người nhận thông báo của hồ sơ: the applicant's contact and the dossier's units (for access checks).
CREATE TABLE dossier_addressee (
    dossier_id            uuid          PRIMARY KEY,
    dossier_code          varchar(40)   NOT NULL,
    applicant_full_name   varchar(200),
    email                 varchar(200),
    phone                 varchar(20),
    receiving_unit_code   varchar(5),
    processing_unit_code  varchar(40),
    updated_at            timestamptz   NOT NULL
);

-- Thông báo: exactly one per (event, recipient, channel).
CREATE TABLE notification (
    id            uuid          PRIMARY KEY,
    dossier_id    uuid          NOT NULL,
    dossier_code  varchar(40)   NOT NULL,
    event_id      varchar(200)  NOT NULL,
    event_type    varchar(200)  NOT NULL,
    recipient     varchar(20)   NOT NULL,
    channel       varchar(20)   NOT NULL,
    message       text          NOT NULL,
    status        varchar(20)   NOT NULL,
    created_at    timestamptz   NOT NULL,
    sent_at       timestamptz,
    CONSTRAINT notification_once UNIQUE (event_id, recipient, channel)
);
CREATE INDEX notification_dossier ON notification (dossier_id, created_at);
CREATE INDEX notification_pending ON notification (dossier_id) WHERE status = 'PENDING';
