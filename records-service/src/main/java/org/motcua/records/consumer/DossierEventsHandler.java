package org.motcua.records.consumer;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.motcua.platformkit.inbox.Inbox;
import org.motcua.platformkit.inbox.ReplayableConsumer;
import org.motcua.platformkit.inbox.IncomingEvent;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.records.domain.Paper;
import org.motcua.records.service.ArchiveService;
import org.motcua.records.service.EventFacts;

import io.smallrye.common.annotation.Blocking;

/** Archives every dossier event of intake and routing into the dossier's record and timeline. */
@ApplicationScoped
public class DossierEventsHandler implements ReplayableConsumer {

    static final String CONSUMER = "records";
    static final String DOSSIER_SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    static final String DOSSIER_ASSIGNED = "org.motcua.routing.dossier-assigned.v1";
    static final String DOSSIER_SUPPLEMENTED = "org.motcua.intake.dossier-supplemented.v1";
    static final String DOSSIER_WITHDRAWN = "org.motcua.intake.dossier-withdrawn.v1";
    static final String DOSSIER_TRANSFERRED = "org.motcua.routing.dossier-transferred.v1";
    static final String SUPPLEMENT_REQUESTED = "org.motcua.routing.supplement-requested.v1";
    static final String DOSSIER_DECIDED = "org.motcua.routing.dossier-decided.v1";
    static final String RESULT_RETURNED = "org.motcua.routing.result-returned.v1";
    static final String DEADLINE_AT_RISK = "org.motcua.routing.deadline-at-risk.v1";
    static final String DEADLINE_EXTENDED = "org.motcua.routing.deadline-extended.v1";
    static final String DOSSIER_OVERDUE = "org.motcua.routing.dossier-overdue.v1";
    static final String APPOINTMENT_CHANGED = "org.motcua.intake.appointment-changed.v1";

    private final Inbox inbox;
    private final ArchiveService archive;

    DossierEventsHandler(Inbox inbox, ArchiveService archive) {
        this.inbox = inbox;
        this.archive = archive;
    }

    @Override
    public String channel() {
        return "dossier-events";
    }

    /** Its dead letters, replayed ({@code DeadLetterReplay}), are applied as the records it consumes. */
    @Override
    public void apply(ConsumerRecords<String, String> records) {
        onDossierEvents(records);
    }

    @Incoming("dossier-events")
    @Blocking
    public void onDossierEvents(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, records, this::readAhead, event -> {
            switch (event.type()) {
                case DOSSIER_SUBMITTED -> {
                    DossierSubmitted d = event.data(DossierSubmitted.class);
                    archive.recordSubmitted(facts(event), d.toSubmission());
                }
                case DOSSIER_ASSIGNED -> {
                    DossierAssigned d = event.data(DossierAssigned.class);
                    archive.recordAssigned(facts(event), d.dossierId(), d.dossierCode(), d.receivingUnitCode(),
                            d.processingUnitCode());
                }
                case DOSSIER_SUPPLEMENTED -> {
                    DossierSupplemented d = event.data(DossierSupplemented.class);
                    archive.recordSupplemented(facts(event), d.dossierId(), d.dossierCode(), d.papers());
                }
                case DOSSIER_WITHDRAWN -> {
                    DossierWithdrawn d = event.data(DossierWithdrawn.class);
                    archive.recordWithdrawn(facts(event), d.dossierId(), d.dossierCode(), d.receivingUnitCode(),
                            d.reason());
                }
                case DOSSIER_TRANSFERRED -> {
                    DossierTransferred d = event.data(DossierTransferred.class);
                    archive.recordTransferred(facts(event), d.dossierId(), d.dossierCode(), d.fromUnitCode(),
                            d.toUnitCode(), d.reason(), d.note());
                }
                case SUPPLEMENT_REQUESTED -> {
                    SupplementRequested d = event.data(SupplementRequested.class);
                    archive.recordSupplementRequested(facts(event), d.dossierId(), d.dossierCode(),
                            d.processingUnitCode(), d.reasons());
                }
                case DOSSIER_DECIDED -> {
                    DossierDecided d = event.data(DossierDecided.class);
                    archive.recordDecided(facts(event), d.dossierId(), d.dossierCode(), d.processingUnitCode(),
                            "APPROVED".equals(d.outcome()), d.resultReference(),
                            d.reasons() == null ? java.util.List.of() : d.reasons(), d.decidedAt());
                }
                case DEADLINE_AT_RISK -> {
                    DeadlineEvent d = event.data(DeadlineEvent.class);
                    archive.recordDeadlineEvent(facts(event), d.dossierId(), d.dossierCode(), d.processingUnitCode(),
                            "Cảnh báo: dự kiến không kịp ngày hẹn " + ProvinceTime.forPeople(d.dueAt()));
                }
                case DEADLINE_EXTENDED -> {
                    DeadlineEvent d = event.data(DeadlineEvent.class);
                    archive.recordDeadlineEvent(facts(event), d.dossierId(), d.dossierCode(), d.processingUnitCode(),
                            "Xin lỗi và hẹn lại ngày trả kết quả: " + ProvinceTime.forPeople(d.newDueAt()) + " – "
                                    + d.reason());
                }
                case APPOINTMENT_CHANGED -> {
                    AppointmentChanged d = event.data(AppointmentChanged.class);
                    archive.recordDeadlineEvent(facts(event), d.dossierId(), d.dossierCode(), d.receivingUnitCode(),
                            "Ngày hẹn trả kết quả được tính lại: " + ProvinceTime.forPeople(d.previousDueAt()) + " → "
                                    + ProvinceTime.forPeople(d.dueAt()) + " – " + d.reason());
                }
                case DOSSIER_OVERDUE -> {
                    DeadlineEvent d = event.data(DeadlineEvent.class);
                    archive.recordDeadlineEvent(facts(event), d.dossierId(), d.dossierCode(), d.processingUnitCode(),
                            "Quá hạn giải quyết (hẹn " + ProvinceTime.forPeople(d.dueAt()) + ")");
                }
                case RESULT_RETURNED -> {
                    ResultReturned d = event.data(ResultReturned.class);
                    archive.recordResultReturned(facts(event), d.dossierId(), d.dossierCode(), d.receivingUnitCode(),
                            d.returnedAt());
                }
                default -> {
                    // an event type records does not archive (yet): acknowledged, nothing to do
                }
            }
        });
    }

    /** Before a poll's events: the dossiers they are about (their subject), locked in one statement. */
    private void readAhead(List<IncomingEvent> events) {
        Set<UUID> dossierIds = new HashSet<>();
        for (IncomingEvent event : events) {
            event.subjectId().ifPresent(dossierIds::add);
        }
        archive.readAhead(dossierIds);
    }

    private static EventFacts facts(IncomingEvent event) {
        return new EventFacts(event.id(), event.type(), event.source(), event.time());
    }

    /** The fields of {@code DossierSubmitted} that records reads. */
    public record DossierSubmitted(@NotNull UUID dossierId, @NotBlank String dossierCode, @NotBlank String procedureCode,
            @NotBlank String procedureName, @NotBlank String field, @NotBlank String receivingUnitCode,
            @NotBlank String channel, @NotNull @Valid Applicant applicant, @NotNull Instant submittedAt,
            java.util.List<@Valid SubmittedPaper> papers) {

        ArchiveService.Submission toSubmission() {
            java.util.List<Paper> kept = new java.util.ArrayList<>();
            java.util.List<SubmittedPaper> given = papers == null ? java.util.List.of() : papers;
            for (int i = 0; i < given.size(); i++) {
                SubmittedPaper p = given.get(i);
                kept.add(new Paper(i, p.name(), p.source(), p.status(), p.registry(), p.registryReference(), p.pageCount(),
                        p.at()));
            }
            return new ArchiveService.Submission(dossierId, dossierCode, procedureCode, procedureName, field,
                    applicant.fullName(), applicant.reference(), receivingUnitCode, channel, submittedAt, kept);
        }
    }

    /** The applicant's name, for search and display, and reference (the keyed hash of the citizen ID), for the data store. */
    public record Applicant(@NotBlank String fullName, String reference) {
    }

    /** A paper as intake announced it. */
    public record SubmittedPaper(@NotBlank String name, @NotBlank String source, @NotBlank String status, String registry,
            String registryReference, Integer pageCount, Instant at) {
    }

    /** The fields of {@code DossierSupplemented} that records reads. */
    public record DossierSupplemented(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotNull java.util.List<String> papers) {
    }

    /** The fields of {@code DossierWithdrawn} that records reads. */
    public record DossierWithdrawn(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String receivingUnitCode, @NotBlank String reason) {
    }

    /** The fields of {@code DossierAssigned} that records reads. */
    public record DossierAssigned(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String receivingUnitCode, @NotBlank String processingUnitCode) {
    }

    /** The fields of {@code DossierTransferred} that records reads. */
    public record DossierTransferred(@NotNull UUID dossierId, @NotBlank String dossierCode, @NotBlank String fromUnitCode,
            @NotBlank String toUnitCode, @NotBlank String reason, String note) {
    }

    /** The fields of {@code SupplementRequested} that records reads. */
    public record SupplementRequested(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String processingUnitCode, @NotNull java.util.List<String> reasons) {
    }

    /** The fields of {@code DossierDecided} that records reads. */
    public record DossierDecided(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String processingUnitCode, @NotBlank String outcome, String resultReference,
            java.util.List<String> reasons, Instant decidedAt) {
    }

    /** The fields of {@code ResultReturned} that records reads. */
    public record ResultReturned(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String receivingUnitCode, Instant returnedAt) {
    }

    /** The fields of the SLA monitor's events ({@code DeadlineAtRisk}, {@code DeadlineExtended}, {@code DossierOverdue}). */
    public record AppointmentChanged(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String receivingUnitCode, @NotNull Instant previousDueAt, @NotNull Instant dueAt,
            @NotBlank String reason) {
    }

    public record DeadlineEvent(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String processingUnitCode, Instant dueAt, Instant newDueAt, String reason) {
    }
}
