package org.motcua.routing.publisher;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;

/** The events routing publishes about units' loads ({@code routing.unit.events}, key = unit code). */
@ApplicationScoped
public class UnitEvents {

    public static final String TOPIC = "routing.unit.events";
    public static final String UNIT_LOAD_CHANGED = "org.motcua.routing.unit-load-changed.v1";

    private final Outbox outbox;

    UnitEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void loadChanged(UnitLoadChanged data) {
        outbox.publish(new OutgoingEvent(TOPIC, UNIT_LOAD_CHANGED, data.unitCode(), data));
    }

    /** Data of {@code org.motcua.routing.unit-load-changed.v1}. */
    @SuppressWarnings("java:S107")
    public record UnitLoadChanged(String unitCode, String field, int queuedDossiers, double queuedWorkHours,
            double staffHoursPerDay, Double daysToClear, long atRisk, long overdue, Integer previousQueuedDossiers,
            Double previousQueuedWorkHours, Instant observedAt) {
    }
}
