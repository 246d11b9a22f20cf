package org.motcua.platformkit.security;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;

import io.quarkus.arc.DefaultBean;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Announces the operations team's actions to records-service's audit log: an event
 * {@code org.motcua.<service>.operation-performed.v1} on {@code <service>.access.events}, written with the outbox (so
 * the action is on record whatever happens to the service after), and a line on the {@code motcua.operations} log.
 */
@ApplicationScoped
@DefaultBean
public class AnnouncedOperations implements OperationsAudit {

    /** The event's data. */
    public record Performed(Operation operation, String target, String actor, String detail, Instant performedAt) {
    }

    private static final Logger LOG = Logger.getLogger("motcua.operations");

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final String topic;
    private final String type;

    AnnouncedOperations(Outbox outbox, Caller caller, Clock clock,
            @ConfigProperty(name = "motcua.outbox.source") String source) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        AccessEvents events = AccessEvents.of(source);
        this.topic = events.topic();
        this.type = events.type("operation-performed");
    }

    @Override
    public void record(Operation operation, String target, String detail) {
        Performed performed = new Performed(operation, target, caller.name(), detail, clock.instant());
        QuarkusTransaction.joiningExisting().run(() -> outbox.publish(new OutgoingEvent(topic, type, target, performed)));
        LOG.infof("%s on %s by %s: %s", operation, target, performed.actor(), detail);
    }
}
