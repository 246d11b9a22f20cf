-- The relay reads unsent rows through a partial index and marks each row sent: at hundreds of events per
-- second the index fills with entries of rows already sent, and every read walks past them until the
-- next vacuum. Vacuum this small, hot table after every few thousand changes instead of after 20 % of it.
ALTER TABLE outbox_event SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 5000,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 5000
);
