package org.motcua.platformkit.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * Announces each read of a dossier's personal data in clear to the audit log that records-service keeps: who (the
 * token's subject), which dossier, through which endpoint (method and path, never the query, which may name people)
 * and when. An event {@code org.motcua.<service>.personal-data-read.v1} on {@code <service>.access.events}, written
 * with the outbox: the read is on record once the answer has been made, whatever happens to the service after.
 */
@ApplicationScoped
public class PersonalDataReads {

    /** The event's data. */
    public record Read(UUID dossierId, String actor, String endpoint, Instant readAt) {
    }

    private final Outbox outbox;
    private final Caller caller;
    private final CurrentVertxRequest request;
    private final Clock clock;
    private final String topic;
    private final String type;

    PersonalDataReads(Outbox outbox, Caller caller, CurrentVertxRequest request, Clock clock,
            @ConfigProperty(name = "motcua.outbox.source") String source) {
        this.outbox = outbox;
        this.caller = caller;
        this.request = request;
        this.clock = clock;
        AccessEvents events = AccessEvents.of(source);
        this.topic = events.topic();
        this.type = events.type("personal-data-read");
    }

    /** The caller read this dossier's personal data in clear. */
    public void record(UUID dossierId) {
        record(List.of(dossierId));
    }

    /** The caller read these dossiers' personal data in clear (one event each, in one transaction). */
    public void record(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return;
        }
        HttpServerRequest current = request.getCurrent().request();
        String endpoint = current.method().name() + " " + current.path();
        Instant now = clock.instant();
        String actor = caller.name();
        QuarkusTransaction.joiningExisting().run(() -> dossierIds.stream().distinct().forEach(id -> outbox.publish(
                new OutgoingEvent(topic, type, id.toString(), new Read(id, actor, endpoint, now)))));
    }
}
