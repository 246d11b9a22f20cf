package org.motcua.records.publisher;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.Retention;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The events records publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class RecordEvents {

    public static final String TOPIC = "records.dossier.events";
    public static final String RECORD_ARCHIVED = "org.motcua.records.record-archived.v1";

    private final Outbox outbox;

    RecordEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The dossier ended and its record is complete. */
    public UUID archived(ArchivedDossier d, int documentCount, Retention retention) {
        return outbox.publish(new OutgoingEvent(TOPIC, RECORD_ARCHIVED, d.id().toString(), new RecordArchived(d.id(),
                d.code(), d.procedureCode(), d.receivingUnitCode(), d.processingUnitCode(), d.status(), d.resultReference(),
                d.closedAt(), documentCount, new RetentionData(retention.permanent(), retention.years(),
                        retention.retainUntil(), retention.basis()))));
    }

    /** Data of {@code org.motcua.records.record-archived.v1}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordArchived(UUID dossierId, String dossierCode, String procedureCode, String receivingUnitCode,
            String processingUnitCode, String status, String resultReference, Instant closedAt, int documentCount,
            RetentionData retention) {
    }

    /** How long the record is kept. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RetentionData(boolean permanent, Integer years, Instant retainUntil, String basis) {
    }
}
