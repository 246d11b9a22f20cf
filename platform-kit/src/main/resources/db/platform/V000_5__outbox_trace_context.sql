-- The trace an event was published in (W3C Trace Context), sent with it as the CloudEvents Distributed Tracing
-- extension (ce_traceparent, ce_tracestate): its consumers continue that trace (platform-kit EventTracing).
ALTER TABLE outbox_event ADD COLUMN traceparent varchar(55), ADD COLUMN tracestate varchar(512);
