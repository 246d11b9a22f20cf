package org.motcua.intake.consumer;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.intake.service.FollowProcessingService;
import org.motcua.platformkit.inbox.Inbox;
import org.motcua.platformkit.inbox.IncomingEvent;
import org.motcua.platformkit.inbox.ReplayableConsumer;

import io.smallrye.common.annotation.Blocking;

/** Follows the processing of the dossiers intake received ({@code routing.dossier.events}). */
@ApplicationScoped
public class RoutingEventsHandler implements ReplayableConsumer {

    static final String CONSUMER = "intake";
    static final String SUPPLEMENT_REQUESTED = "org.motcua.routing.supplement-requested.v1";
    static final String DOSSIER_DECIDED = "org.motcua.routing.dossier-decided.v1";
    static final String RESULT_RETURNED = "org.motcua.routing.result-returned.v1";
    static final String DEADLINE_EXTENDED = "org.motcua.routing.deadline-extended.v1";
    static final String DOSSIER_ASSIGNED = "org.motcua.routing.dossier-assigned.v1";
    static final String DOSSIER_TRANSFERRED = "org.motcua.routing.dossier-transferred.v1";
    /** The events that change the dossier intake holds (the others are warnings it does not keep). */
    static final Set<String> DOSSIER_CHANGES = Set.of(SUPPLEMENT_REQUESTED, DOSSIER_DECIDED, RESULT_RETURNED,
            DEADLINE_EXTENDED, DOSSIER_ASSIGNED, DOSSIER_TRANSFERRED);

    private final Inbox inbox;
    private final FollowProcessingService follow;

    RoutingEventsHandler(Inbox inbox, FollowProcessingService follow) {
        this.inbox = inbox;
        this.follow = follow;
    }

    @Override
    public String channel() {
        return "routing-events";
    }

    /** Its dead letters, replayed ({@code DeadLetterReplay}), are applied as the records it consumes. */
    @Override
    public void apply(ConsumerRecords<String, String> records) {
        onEvents(records);
    }

    @Incoming("routing-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, records, this::readAhead, event -> {
            switch (event.type()) {
                case DOSSIER_ASSIGNED -> {
                    DossierAssigned d = event.data(DossierAssigned.class);
                    follow.processedAt(d.dossierId(), d.processingUnitCode());
                }
                case DOSSIER_TRANSFERRED -> {
                    DossierTransferred d = event.data(DossierTransferred.class);
                    follow.processedAt(d.dossierId(), d.toUnitCode());
                }
                case SUPPLEMENT_REQUESTED -> {
                    SupplementRequested d = event.data(SupplementRequested.class);
                    follow.supplementationRequested(d.dossierId(), String.join("; ", d.reasons()), d.requestedAt());
                }
                case DOSSIER_DECIDED -> {
                    DossierDecided d = event.data(DossierDecided.class);
                    boolean approved = "APPROVED".equals(d.outcome());
                    follow.decided(d.dossierId(), approved, approved ? d.resultReference()
                            : String.join("; ", d.reasons() == null ? List.of() : d.reasons()), d.decidedAt());
                }
                case DEADLINE_EXTENDED -> {
                    DeadlineExtended d = event.data(DeadlineExtended.class);
                    follow.deadlineExtended(d.dossierId(), d.newDueAt(), d.reason(), d.processingUnitCode(),
                            d.extendedAt());
                }
                case RESULT_RETURNED -> {
                    ResultReturned d = event.data(ResultReturned.class);
                    follow.resultReturned(d.dossierId(), d.returnedAt());
                }
                default -> {
                    // overdue and at-risk warnings and unit loads do not change what intake holds
                }
            }
        });
    }

    /** The dossiers the poll's events change, read in one statement rather than one by one. */
    private void readAhead(List<IncomingEvent> events) {
        Set<UUID> dossierIds = new HashSet<>();
        for (IncomingEvent event : events) {
            if (DOSSIER_CHANGES.contains(event.type())) {
                event.subjectId().ifPresent(dossierIds::add);
            }
        }
        follow.readAhead(dossierIds);
    }

    /** The fields of {@code DossierAssigned} that intake reads. */
    public record DossierAssigned(@NotNull UUID dossierId, @NotBlank String processingUnitCode) {
    }

    /** The fields of {@code DossierTransferred} that intake reads. */
    public record DossierTransferred(@NotNull UUID dossierId, @NotBlank String toUnitCode) {
    }

    /** The fields of {@code SupplementRequested} that intake reads. */
    public record SupplementRequested(@NotNull UUID dossierId, @NotNull List<String> reasons,
            @NotNull Instant requestedAt) {
    }

    /** The fields of {@code DossierDecided} that intake reads. */
    public record DossierDecided(@NotNull UUID dossierId, @NotBlank String outcome, String resultReference,
            List<String> reasons, @NotNull Instant decidedAt) {
    }

    /** The fields of {@code DeadlineExtended} that intake reads. */
    public record DeadlineExtended(@NotNull UUID dossierId, @NotNull Instant newDueAt, @NotBlank String reason,
            @NotBlank String processingUnitCode, @NotNull Instant extendedAt) {
    }

    /** The fields of {@code ResultReturned} that intake reads. */
    public record ResultReturned(@NotNull UUID dossierId, @NotNull Instant returnedAt) {
    }
}
