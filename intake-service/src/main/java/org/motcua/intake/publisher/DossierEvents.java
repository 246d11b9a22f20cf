package org.motcua.intake.publisher;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;

/** The events intake publishes about dossiers, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class DossierEvents {

    public static final String TOPIC = "intake.dossier.events";
    public static final String DOSSIER_SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    private final Outbox outbox;

    DossierEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public UUID submitted(Dossier dossier, ProcedureVersion procedure) {
        DossierSubmitted data = new DossierSubmitted(dossier.id(), dossier.code(), procedure.code(), procedure.name(),
                procedure.field(), dossier.receivingUnitCode(), dossier.channel().name(),
                new Applicant(dossier.applicant().fullName(), dossier.applicant().email(), dossier.applicant().phone()),
                dossier.submittedAt());
        return outbox.publish(new OutgoingEvent(TOPIC, DOSSIER_SUBMITTED, dossier.id().toString(), data));
    }

    /** Data of {@code org.motcua.intake.dossier-submitted.v1}: what routing, records and notification need. */
    public record DossierSubmitted(UUID dossierId, String dossierCode, String procedureCode, String procedureName,
            String field, String receivingUnitCode, String channel, Applicant applicant, Instant submittedAt) {
    }

    /** Who to inform; the citizen ID never travels in events. */
    public record Applicant(String fullName, String email, String phone) {
    }
}
