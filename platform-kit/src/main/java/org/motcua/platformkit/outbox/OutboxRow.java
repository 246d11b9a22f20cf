package org.motcua.platformkit.outbox;

import java.time.Instant;
import java.util.UUID;

import org.motcua.platformkit.events.CloudEvent;
import org.motcua.platformkit.time.SqlTimes;

/** One outbox row, as the relay (unsent rows) and the re-publisher (sent ones) read it. */
public record OutboxRow(UUID id, long position, String topic, String key, String type, String subject,
        String payload, Instant occurredAt, String traceparent, String tracestate) {

    /**
     * The row from a native query's result row {@code c} that selected {@code id, position, topic, event_key,
     * event_type, subject, CAST(payload AS text), occurred_at, traceparent, tracestate} from its {@code first} column on.
     */
    static OutboxRow of(Object[] c, int first) {
        int i = first;
        return new OutboxRow((UUID) c[i], ((Number) c[i + 1]).longValue(), (String) c[i + 2], (String) c[i + 3],
                (String) c[i + 4], (String) c[i + 5], (String) c[i + 6], SqlTimes.toInstant(c[i + 7]),
                (String) c[i + 8], (String) c[i + 9]);
    }

    CloudEvent toCloudEvent(String source) {
        return new CloudEvent(id.toString(), source, type, subject, occurredAt, payload, traceparent, tracestate);
    }
}
