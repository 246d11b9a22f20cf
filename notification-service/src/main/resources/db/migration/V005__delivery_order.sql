-- notification-service: one person's messages leave in the order they were written, and a server's acceptance is
-- recorded before the message's state changes (issue 17).

-- Thứ tự ghi: the order messages were written in (also within one transaction, where the clock may not tell).
ALTER TABLE notification ADD COLUMN seq bigserial;
-- The workers take a channel's due messages in that order, and one person's only with those before it.
DROP INDEX notification_due;
CREATE INDEX notification_queued ON notification (channel, seq) WHERE status = 'QUEUED';
CREATE INDEX notification_queued_per_address ON notification (channel, address, seq) WHERE status = 'QUEUED';

-- The channel's acceptance (the SMTP server's 250 after the mail, a gateway's message id), written the moment it
-- came: a message tried again after its worker died between acceptance and the batch's record is not sent twice.
ALTER TABLE notification
    ADD COLUMN accepted_at  timestamptz,
    ADD COLUMN accepted_id  varchar(200);
