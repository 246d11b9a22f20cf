-- The relay reads unsent rows from a floor: every row at or below it is sent or never will be, so a read
-- no longer walks the index entries of rows already sent (thousands between two vacuums at hundreds of
-- events a second). The floor is proved safe from the snapshot's xmin (OutboxRelay), which needs each
-- writer to have its transaction id before it takes a position: nextval alone does not assign one.
CREATE FUNCTION outbox_next_position() RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_current_xact_id();
    RETURN nextval('outbox_event_position_seq');
END
$$;
ALTER TABLE outbox_event ALTER COLUMN position SET DEFAULT outbox_next_position();
