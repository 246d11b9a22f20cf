package org.motcua.platformkit.outbox;

import java.time.Instant;
import java.util.UUID;

import org.motcua.platformkit.events.CloudEvent;

/** One unsent outbox row, as the relay reads it. */
public record OutboxRow(UUID id, long position, String topic, String key, String type, String subject,
        String payload, Instant occurredAt, String traceparent, String tracestate) {

    CloudEvent toCloudEvent(String source) {
        return new CloudEvent(id.toString(), source, type, subject, occurredAt, payload, traceparent, tracestate);
    }
}
