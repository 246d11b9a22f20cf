-- Tables of the platform-kit mechanisms, present in every service's database.
-- Versions 000.x sort before the service's own V001+ migrations.

-- Transactional outbox: one row per event, written in the same transaction as the state change.
CREATE TABLE outbox_event (
    id           uuid         PRIMARY KEY,              -- CloudEvents id: consumers deduplicate on it
    position     bigserial    NOT NULL UNIQUE,          -- publication order
    topic        varchar(200) NOT NULL,
    event_key    varchar(200) NOT NULL,                 -- Kafka key (dossier id): per-dossier order
    event_type   varchar(200) NOT NULL,
    subject      varchar(200) NOT NULL,
    payload      jsonb        NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    sent_at      timestamptz
);
CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL;

-- Inbox: the (consumer, event id) pair is inserted in the same transaction as the consumer's effect.
CREATE TABLE inbox_message (
    consumer     varchar(100) NOT NULL,
    event_id     varchar(200) NOT NULL,
    event_type   varchar(200) NOT NULL,
    received_at  timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
