package org.motcua.notification.consumer;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.notification.service.alert.CongestionWatch;
import org.motcua.platformkit.inbox.Inbox;
import org.motcua.platformkit.inbox.ReplayableConsumer;

import io.smallrye.common.annotation.Blocking;

/** Watches the units' loads that routing publishes, for congestion alerts. */
@ApplicationScoped
public class UnitEventsHandler implements ReplayableConsumer {

    static final String UNIT_LOAD_CHANGED = "org.motcua.routing.unit-load-changed.v1";

    private final Inbox inbox;
    private final CongestionWatch congestion;

    UnitEventsHandler(Inbox inbox, CongestionWatch congestion) {
        this.inbox = inbox;
        this.congestion = congestion;
    }

    @Override
    public String channel() {
        return "unit-events";
    }

    /** Its dead letters, replayed ({@code DeadLetterReplay}), are applied as the records it consumes. */
    @Override
    public void apply(ConsumerRecords<String, String> records) {
        onUnitEvents(records);
    }

    @Incoming("unit-events")
    @Blocking
    public void onUnitEvents(ConsumerRecords<String, String> records) {
        inbox.receiveAll(DossierEventsHandler.CONSUMER, records, event -> {
            if (UNIT_LOAD_CHANGED.equals(event.type())) {
                UnitLoadChanged d = event.data(UnitLoadChanged.class);
                congestion.sample(event.id(), new CongestionWatch.Load(d.unitCode(), d.field(), d.queuedDossiers(),
                        d.staffHoursPerDay(), d.daysToClear(), d.observedAt()));
            }
        });
    }

    /** The fields of {@code UnitLoadChanged} that notification reads. */
    public record UnitLoadChanged(@NotBlank String unitCode, @NotBlank String field, @Min(0) int queuedDossiers,
            @Min(0) double staffHoursPerDay, Double daysToClear, @NotNull Instant observedAt) {
    }
}
