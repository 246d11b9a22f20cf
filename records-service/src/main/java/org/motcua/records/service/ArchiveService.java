package org.motcua.records.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.records.domain.ApplicantResultRepository;
import org.motcua.records.domain.ArchiveStatus;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.ArchivedDossierRepository;
import org.motcua.records.domain.DocumentRepository;
import org.motcua.records.domain.SearchTokens;
import org.motcua.records.domain.Paper;
import org.motcua.records.domain.PaperRepository;
import org.motcua.records.domain.TimelineEntry;
import org.motcua.records.domain.TimelineRepository;
import org.motcua.records.publisher.RecordEvents;
import org.motcua.records.service.audit.AuditLog;

/** Builds each dossier's archive record and timeline from the events of all services. */
@ApplicationScoped
public class ArchiveService {

    private final ArchivedDossierRepository dossiers;
    private final TimelineRepository timeline;
    private final PaperRepository papers;
    private final ApplicantResultRepository results;
    private final DocumentRepository documents;
    private final RetentionService retention;
    private final RecordEvents events;
    private final UnitDirectory units;
    private final SearchTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    ArchiveService(ArchivedDossierRepository dossiers, TimelineRepository timeline, PaperRepository papers,
            ApplicantResultRepository results, DocumentRepository documents, RetentionService retention,
            RecordEvents events, UnitDirectory units, SearchTokens tokens, AuditLog audit, Clock clock) {
        this.documents = documents;
        this.retention = retention;
        this.events = events;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.papers = papers;
        this.results = results;
        this.units = units;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** What intake announced when it received a dossier. */
    public record Submission(UUID dossierId, String dossierCode, String procedureCode, String procedureName, String field,
            String applicantFullName, String applicantReference, String receivingUnitCode, String channel,
            Instant submittedAt, List<Paper> papers) {
    }

    /** Intake received the dossier. */
    @Transactional
    public void recordSubmitted(EventFacts event, Submission s) {
        ArchivedDossier dossier = dossierFor(event, s.dossierId(), s.dossierCode());
        dossier.recordSubmission(s.procedureCode(), s.procedureName(), s.field(), s.applicantFullName(),
                s.applicantReference(), s.receivingUnitCode(), s.channel(), s.submittedAt(), clock.instant());
        dossier.index(units::nameOf, tokens);
        papers.keep(s.dossierId(), s.papers());
        results.keep(dossier); // the decision may have come first, on the other topic
        timeline.add(new TimelineEntry(s.dossierId(), event.eventId(), event.type(), event.source(), event.occurredAt(),
                "Tiếp nhận hồ sơ " + s.dossierCode() + " – " + s.procedureName(), s.receivingUnitCode()));
    }

    /** Routing chose the processing unit. */
    @Transactional
    public void recordAssigned(EventFacts event, UUID dossierId, String dossierCode, String receivingUnitCode,
            String processingUnitCode) {
        ArchivedDossier dossier = dossierFor(event, dossierId, dossierCode);
        dossier.recordAssignment(receivingUnitCode, processingUnitCode, clock.instant());
        dossier.index(units::nameOf, tokens);
        timeline.add(new TimelineEntry(dossierId, event.eventId(), event.type(), event.source(), event.occurredAt(),
                "Phân công đơn vị xử lý: " + units.nameForPeople(processingUnitCode), processingUnitCode));
    }

    /** The dossier moved to another unit: by an officer, or by the SLA monitor. */
    @Transactional
    public void recordTransferred(EventFacts event, UUID dossierId, String dossierCode, String fromUnitCode,
            String toUnitCode, String reason, String note) {
        ArchivedDossier dossier = dossierFor(event, dossierId, dossierCode);
        dossier.recordTransfer(toUnitCode, clock.instant());
        dossier.index(units::nameOf, tokens);
        timeline.add(new TimelineEntry(dossierId, event.eventId(), event.type(), event.source(), event.occurredAt(),
                ("REBALANCED".equals(reason) ? "Điều chuyển để bảo đảm thời hạn: " : "Chuyển đơn vị xử lý: ")
                        + units.nameForPeople(fromUnitCode) + " → " + units.nameForPeople(toUnitCode)
                        + (note == null ? "" : " – " + note), toUnitCode));
    }

    /** The processing unit asked the applicant to complete the dossier (Mẫu 02). */
    @Transactional
    public void recordSupplementRequested(EventFacts event, UUID dossierId, String dossierCode, String unitCode,
            List<String> reasons) {
        step(event, dossierId, dossierCode, "Yêu cầu bổ sung hồ sơ: " + String.join("; ", reasons), unitCode,
                ArchiveStatus.SUPPLEMENTATION_REQUESTED);
    }

    /** Approved with a result (kept in the applicant's data store too), or refused with reasons (Mẫu 03). */
    @Transactional
    @SuppressWarnings("java:S107")
    public void recordDecided(EventFacts event, UUID dossierId, String dossierCode, String unitCode, boolean approved,
            String resultReference, List<String> reasons, Instant decidedAt) {
        ArchivedDossier dossier = dossierFor(event, dossierId, dossierCode);
        boolean open = dossier.closedAt() == null;
        dossier.recordDecision(approved, resultReference, reasons, decidedAt == null ? event.occurredAt() : decidedAt,
                clock.instant());
        results.keep(dossier);
        announceIfClosed(dossier, open);
        timeline.add(new TimelineEntry(dossierId, event.eventId(), event.type(), event.source(), event.occurredAt(),
                approved ? "Đã giải quyết: " + resultReference : "Từ chối giải quyết: " + String.join("; ", reasons),
                unitCode));
    }

    /** The appointment's changes: at risk, apology with a new date, counted again on a year's calendar, overdue. */
    @Transactional
    public void recordDeadlineEvent(EventFacts event, UUID dossierId, String dossierCode, String unitCode, String title) {
        step(event, dossierId, dossierCode, title, unitCode, null);
    }

    /** The result was handed to the applicant. */
    @Transactional
    public void recordResultReturned(EventFacts event, UUID dossierId, String dossierCode, String unitCode,
            Instant returnedAt) {
        ArchivedDossier dossier = dossierFor(event, dossierId, dossierCode);
        boolean open = dossier.closedAt() == null;
        dossier.recordResultReturned(returnedAt == null ? event.occurredAt() : returnedAt, clock.instant());
        results.keep(dossier);
        announceIfClosed(dossier, open);
        timeline.add(new TimelineEntry(dossierId, event.eventId(), event.type(), event.source(), event.occurredAt(),
                "Trả kết quả cho người nộp", unitCode));
    }

    /** The applicant completed the dossier. */
    @Transactional
    public void recordSupplemented(EventFacts event, UUID dossierId, String dossierCode, List<String> papers) {
        step(event, dossierId, dossierCode, "Người nộp bổ sung hồ sơ: " + String.join("; ", papers), null, null);
    }

    /** Processing stopped at the applicant's request. */
    @Transactional
    public void recordWithdrawn(EventFacts event, UUID dossierId, String dossierCode, String receivingUnitCode,
            String reason) {
        step(event, dossierId, dossierCode, "Dừng giải quyết theo đề nghị của người nộp: " + reason, receivingUnitCode,
                ArchiveStatus.WITHDRAWN);
    }

    private void step(EventFacts event, UUID dossierId, String dossierCode, String title, String unitCode,
            String newStatus) {
        ArchivedDossier dossier = dossierFor(event, dossierId, dossierCode);
        if (newStatus != null) {
            boolean open = dossier.closedAt() == null;
            dossier.changeStatus(newStatus, clock.instant());
            announceIfClosed(dossier, open);
        }
        timeline.add(new TimelineEntry(dossierId, event.eventId(), event.type(), event.source(), event.occurredAt(),
                title, unitCode));
    }

    /** The record of a dossier that has just ended is complete: {@code RecordArchived}, with its retention. */
    private void announceIfClosed(ArchivedDossier dossier, boolean wasOpen) {
        if (wasOpen && dossier.closedAt() != null) {
            events.archived(dossier, documents.countOfDossier(dossier.id()), retention.retentionOf(dossier));
        }
    }

    /** Before a poll's events: the dossiers they are about that the archive holds, locked in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readAhead(Collection<UUID> dossierIds) {
        dossiers.lockAhead(dossierIds);
    }

    /** The dossier, locked; the event that changes it is entered in the audit log in the same transaction. */
    private ArchivedDossier dossierFor(EventFacts event, UUID id, String code) {
        ArchivedDossier dossier = dossiers.lockOrCreate(id, code, clock.instant());
        audit.append(event.source(), AuditLog.Action.DOSSIER_EVENT_RECORDED, "dossier", id.toString(), event.type()
                + " " + event.eventId());
        return dossier;
    }
}
