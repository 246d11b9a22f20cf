-- notification-service: delivery over email, SMS and Zalo with attempts; preferences; staff alerts (issue 6).

-- A notification is now one message for one recipient over one real channel, with its address and its delivery
-- state. The log channel's messages written before stay as they were (LOG); those still waiting are closed.
ALTER TABLE notification
    ALTER COLUMN dossier_id DROP NOT NULL,
    ALTER COLUMN dossier_code DROP NOT NULL,
    ALTER COLUMN recipient TYPE varchar(60),
    ADD COLUMN kind             varchar(40),
    ADD COLUMN address          varchar(200),
    ADD COLUMN recipient_name   varchar(200),
    ADD COLUMN subject          varchar(300),
    ADD COLUMN attempts         integer       NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at  timestamptz,
    ADD COLUMN lease_until      timestamptz,
    ADD COLUMN status_reason    varchar(500),
    ADD COLUMN unit_code        varchar(40);
UPDATE notification SET status = 'SKIPPED', status_reason = 'Ghi nhật ký, trước khi có kênh gửi' WHERE status = 'PENDING';
DROP INDEX notification_pending;
-- what the delivery workers take, per channel, the earliest first
CREATE INDEX notification_due ON notification (channel, next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX notification_failed ON notification (created_at) WHERE status = 'FAILED';

-- Mỗi lần gửi: every try, with what the channel answered.
CREATE TABLE delivery_attempt (
    notification_id  uuid          NOT NULL REFERENCES notification (id),
    attempt          integer       NOT NULL,
    started_at       timestamptz   NOT NULL,
    finished_at      timestamptz   NOT NULL,
    outcome          varchar(20)   NOT NULL,
    detail           varchar(500),
    provider_id      varchar(200),
    PRIMARY KEY (notification_id, attempt)
);

-- Events that arrived before the applicant was known (routing's event overtook intake's): they become one
-- notification per channel when intake's event names the applicant, in the order they came.
CREATE TABLE held_message (
    event_id    varchar(200)  PRIMARY KEY,
    dossier_id  uuid          NOT NULL,
    event_type  varchar(200)  NOT NULL,
    kind        varchar(40)   NOT NULL,
    vars        text          NOT NULL,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX held_message_dossier ON held_message (dossier_id, created_at);

-- Lựa chọn của người nhận: per address (keyed hash of the email or the phone number, no address kept) and channel,
-- whether they want messages there. Without a row: email and SMS yes, Zalo no.
CREATE TABLE contact_preference (
    contact_key  char(64)      NOT NULL,
    channel      varchar(10)   NOT NULL,
    allowed      boolean       NOT NULL,
    source       varchar(20)   NOT NULL,
    updated_by   varchar(200),
    updated_at   timestamptz   NOT NULL,
    PRIMARY KEY (contact_key, channel)
);

-- Người nhận cảnh báo: the leaders of a unit, or the provincial office (scope PROVINCE), and how to reach them.
CREATE TABLE staff_recipient (
    id          uuid          PRIMARY KEY,
    scope       varchar(40)   NOT NULL,
    full_name   varchar(200)  NOT NULL,
    position    varchar(200),
    email       varchar(200),
    phone       varchar(20),
    updated_at  timestamptz   NOT NULL
);
CREATE INDEX staff_recipient_scope ON staff_recipient (scope);

-- Cảnh báo cho cán bộ: a dossier at risk or overdue, a unit congested. The sequence orders the alert stream.
CREATE TABLE staff_alert (
    seq           bigserial     PRIMARY KEY,
    event_id      varchar(200)  NOT NULL UNIQUE,
    kind          varchar(20)   NOT NULL,
    unit_code     varchar(40)   NOT NULL,
    field         varchar(200),
    dossier_id    uuid,
    dossier_code  varchar(40),
    due_at        timestamptz,
    message       text          NOT NULL,
    created_at    timestamptz   NOT NULL,
    digested_at   timestamptz
);
CREATE INDEX staff_alert_unit ON staff_alert (unit_code, seq);
CREATE INDEX staff_alert_to_digest ON staff_alert (unit_code, seq) WHERE digested_at IS NULL AND kind = 'AT_RISK';

-- Whether a unit's queue of a field is congested now (alerts are raised when it becomes so, not at every sample).
CREATE TABLE unit_congestion (
    unit_code      varchar(40)       NOT NULL,
    field          varchar(200)      NOT NULL,
    congested      boolean           NOT NULL,
    days_to_clear  double precision,
    since          timestamptz       NOT NULL,
    PRIMARY KEY (unit_code, field)
);
