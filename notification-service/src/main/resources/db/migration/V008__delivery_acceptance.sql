-- notification-service: a channel's acceptance gets a table of its own (issue 17). The senders' acceptances are
-- written together, many in one statement and one commit, without waiting for the locks the workers hold on the
-- messages' rows.
CREATE TABLE delivery_acceptance (
    notification_id  uuid          PRIMARY KEY REFERENCES notification (id),
    accepted_at      timestamptz   NOT NULL,
    accepted_id      varchar(200)
);
INSERT INTO delivery_acceptance (notification_id, accepted_at, accepted_id)
    SELECT id, accepted_at, accepted_id FROM notification WHERE accepted_at IS NOT NULL;
ALTER TABLE notification DROP COLUMN accepted_at, DROP COLUMN accepted_id;
