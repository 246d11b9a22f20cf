package org.motcua.intake.publisher;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierDocument;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;
import org.motcua.platformkit.pdf.ApologyLetter;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The events intake publishes about dossiers, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class DossierEvents {

    public static final String TOPIC = "intake.dossier.events";
    public static final String DOSSIER_SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    public static final String DOSSIER_SUPPLEMENTED = "org.motcua.intake.dossier-supplemented.v1";
    public static final String DOSSIER_WITHDRAWN = "org.motcua.intake.dossier-withdrawn.v1";
    public static final String APOLOGY_ISSUED = "org.motcua.intake.apology-issued.v1";

    private final Outbox outbox;

    DossierEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public UUID submitted(Dossier dossier, ProcedureVersion procedure) {
        DossierSubmitted data = new DossierSubmitted(dossier.id(), dossier.code(), procedure.code(), procedure.name(),
                procedure.field(), dossier.receivingUnitCode(), dossier.channel().name(),
                new Applicant(dossier.applicant().fullName(), dossier.applicant().email(), dossier.applicant().phone(),
                        dossier.applicant().citizenIdHash()),
                dossier.submittedAt(), procedure.version(), procedure.competenceRule().name(), procedure.competentAgency(),
                dossier.residenceUnitCode(), dossier.landUnitCode(),
                new LegalTime(dossier.legalTime().amount(), dossier.legalTime().unit().name()), dossier.dueAt(),
                dossier.deadlineProvisional() ? Boolean.TRUE : null, procedure.effortHours(), dossier.pendingDocuments().stream().map(DossierDocument::name).toList(),
                dossier.supplementationDueAt(), dossier.documents().stream().map(Paper::of).toList());
        return outbox.publish(new OutgoingEvent(TOPIC, DOSSIER_SUBMITTED, dossier.id().toString(), data));
    }

    public UUID supplemented(Dossier dossier, List<String> papers, List<String> completedPending, Instant at) {
        return outbox.publish(new OutgoingEvent(TOPIC, DOSSIER_SUPPLEMENTED, dossier.id().toString(),
                new DossierSupplemented(dossier.id(), dossier.code(), papers, completedPending,
                        dossier.pendingDocuments().stream().map(DossierDocument::name).toList(), dossier.dueAt(), at)));
    }

    /** The unit that is late apologised (Mẫu 04): the letter's content, for the applicant's mail. */
    public UUID apologyIssued(Dossier dossier, String unitCode, ApologyLetter letter) {
        return outbox.publish(new OutgoingEvent(TOPIC, APOLOGY_ISSUED, dossier.id().toString(),
                new ApologyIssued(dossier.id(), dossier.code(), dossier.receivingUnitCode(), unitCode, letter)));
    }

    public UUID withdrawn(Dossier dossier) {
        return outbox.publish(new OutgoingEvent(TOPIC, DOSSIER_WITHDRAWN, dossier.id().toString(),
                new DossierWithdrawn(dossier.id(), dossier.code(), dossier.receivingUnitCode(), dossier.withdrawalReason(),
                        dossier.withdrawnAt())));
    }

    /**
     * Data of {@code org.motcua.intake.dossier-submitted.v1}: what routing (competence inputs, due date,
     * effort), records and notification need.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DossierSubmitted(UUID dossierId, String dossierCode, String procedureCode, String procedureName,
            String field, String receivingUnitCode, String channel, Applicant applicant, Instant submittedAt,
            Integer procedureVersion, String competenceRule, String competentAgency, String residenceUnitCode,
            String landUnitCode, LegalTime legalTime, Instant dueAt, Boolean dueAtProvisional, BigDecimal effortHours,
            List<String> pendingDocuments, Instant supplementationDueAt, List<Paper> papers) {
    }

    /**
     * Who to inform; the citizen ID never travels in events, its keyed hash ({@code reference}) does: it keys
     * the applicant's data store in records.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applicant(String fullName, String email, String phone, String reference) {
    }

    /** A paper of the dossier: handed in, or fetched from a national database with its provenance, or pending. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Paper(String name, String source, String status, String registry, String registryReference,
            Integer pageCount, Instant at) {

        static Paper of(DossierDocument d) {
            return new Paper(d.name(), d.source().name(), d.status().name(), d.registry() == null ? null : d.registry().name(),
                    d.registryReference(), d.pageCount(), d.at());
        }
    }

    /** A legal time. */
    public record LegalTime(int amount, String unit) {
    }

    /** Data of {@code org.motcua.intake.dossier-supplemented.v1}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DossierSupplemented(UUID dossierId, String dossierCode, List<String> papers,
            List<String> completedPendingDocuments, List<String> stillPendingDocuments, Instant dueAt,
            Instant supplementedAt) {
    }

    /** Data of {@code org.motcua.intake.apology-issued.v1}. */
    public record ApologyIssued(UUID dossierId, String dossierCode, String receivingUnitCode, String unitCode,
            ApologyLetter letter) {
    }

    /** Data of {@code org.motcua.intake.dossier-withdrawn.v1}. */
    public record DossierWithdrawn(UUID dossierId, String dossierCode, String receivingUnitCode, String reason,
            Instant withdrawnAt) {
    }
}
