package org.motcua.platformkit.inbox;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.motcua.platformkit.events.CloudEvent;

/**
 * A consumed event with its envelope; {@link #data(Class)} reads the data into the consumer's own
 * small record of the fields it needs and checks it (once: the record is kept).
 */
public final class IncomingEvent {

    private final CloudEvent envelope;
    private final EventDataReader reader;
    private Object read;

    IncomingEvent(CloudEvent envelope, EventDataReader reader) {
        this.envelope = envelope;
        this.reader = reader;
    }

    CloudEvent envelope() {
        return envelope;
    }

    public String id() {
        return envelope.id();
    }

    public String type() {
        return envelope.type();
    }

    public String source() {
        return envelope.source();
    }

    public String subject() {
        return envelope.subject();
    }

    /**
     * The subject as an aggregate id (a dossier's), when it is one; empty otherwise. For reading a poll's dossiers
     * ahead: the handler itself reads the id from the data.
     */
    public Optional<UUID> subjectId() {
        String subject = envelope.subject();
        if (subject == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public Instant time() {
        return envelope.time();
    }

    /**
     * The data as the given record, validated with Bean Validation.
     *
     * @throws org.motcua.platformkit.events.MalformedEventException when the data does not fit
     */
    public <T> T data(Class<T> type) {
        // read once: a consumer that looks at a poll's events before applying them reads each only once
        if (type.isInstance(read)) {
            return type.cast(read);
        }
        T data = reader.read(envelope.data(), type);
        read = data;
        return data;
    }
}
