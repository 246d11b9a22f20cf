-- Mẫu thông báo: the text a province administrator saved for a kind of message and a channel; without a row, the
-- default of notification-templates/ applies.
CREATE TABLE notification_template (
    kind         varchar(40)   NOT NULL,
    channel      varchar(10)   NOT NULL,
    body         text          NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    PRIMARY KEY (kind, channel)
);
