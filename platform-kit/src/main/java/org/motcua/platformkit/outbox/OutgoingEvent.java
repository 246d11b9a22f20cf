package org.motcua.platformkit.outbox;

import java.util.Objects;

/**
 * An event a service announces: where it goes, what it is, which dossier it concerns, its data.
 *
 * @param topic   Kafka topic, {@code <service>.<aggregate>.events}
 * @param type    CloudEvents type, {@code org.motcua.<service>.<event>.v<major>}
 * @param subject the aggregate id (the dossier id); also the Kafka key, so one dossier's events stay in order
 * @param data    a small record of facts, serialised as JSON
 */
public record OutgoingEvent(String topic, String type, String subject, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }
}
