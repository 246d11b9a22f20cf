package org.motcua.notification.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.motcua.notification.service.NotifyApplicantService;
import org.motcua.notification.service.alert.CalendarNoticeAlert;
import org.motcua.notification.service.alert.StaffAlerts;
import org.motcua.platformkit.pdf.ApologyLetter;
import org.motcua.platformkit.inbox.Inbox;
import org.motcua.platformkit.inbox.ReplayableConsumer;
import org.motcua.platformkit.inbox.IncomingEvent;

import io.smallrye.common.annotation.Blocking;

/** Turns the dossier events of intake and routing into notifications for the applicant and alerts for staff. */
@ApplicationScoped
public class DossierEventsHandler implements ReplayableConsumer {

    static final String CONSUMER = "notification";
    static final String DOSSIER_SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    static final String DOSSIER_ASSIGNED = "org.motcua.routing.dossier-assigned.v1";
    static final String DOSSIER_SUPPLEMENTED = "org.motcua.intake.dossier-supplemented.v1";
    static final String DOSSIER_WITHDRAWN = "org.motcua.intake.dossier-withdrawn.v1";
    static final String DOSSIER_TRANSFERRED = "org.motcua.routing.dossier-transferred.v1";
    static final String SUPPLEMENT_REQUESTED = "org.motcua.routing.supplement-requested.v1";
    static final String DOSSIER_DECIDED = "org.motcua.routing.dossier-decided.v1";
    /** The apology of the unit that is late (intake's, after routing's deadline-extended), with its letter. */
    static final String APOLOGY_ISSUED = "org.motcua.intake.apology-issued.v1";
    static final String DEADLINE_AT_RISK = "org.motcua.routing.deadline-at-risk.v1";
    static final String DOSSIER_OVERDUE = "org.motcua.routing.dossier-overdue.v1";
    static final String APPOINTMENT_CHANGED = "org.motcua.intake.appointment-changed.v1";
    static final String CALENDAR_NOTICE_NEEDED = "org.motcua.intake.calendar-notice-needed.v1";
    /** The events that tell the applicant something (their addressee is read ahead). */
    static final Set<String> APPLICANT_EVENTS = Set.of(DOSSIER_ASSIGNED, DOSSIER_SUPPLEMENTED, DOSSIER_WITHDRAWN,
            DOSSIER_TRANSFERRED, SUPPLEMENT_REQUESTED, DOSSIER_DECIDED, APOLOGY_ISSUED, DOSSIER_OVERDUE,
            APPOINTMENT_CHANGED);

    private final Inbox inbox;
    private final NotifyApplicantService notify;
    private final StaffAlerts alerts;
    private final CalendarNoticeAlert calendarNotices;
    private final EntityManager entityManager;

    DossierEventsHandler(Inbox inbox, NotifyApplicantService notify, StaffAlerts alerts,
            CalendarNoticeAlert calendarNotices, EntityManager entityManager) {
        this.calendarNotices = calendarNotices;
        this.inbox = inbox;
        this.notify = notify;
        this.alerts = alerts;
        this.entityManager = entityManager;
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
        inbox.receiveAll(CONSUMER, records, this::prepare, event -> {
            switch (event.type()) {
                case DOSSIER_SUBMITTED -> {
                    DossierSubmitted d = event.data(DossierSubmitted.class);
                    notify.dossierReceived(event.id(), event.type(), d.dossierId(), d.dossierCode(), d.procedureName(),
                            new NotifyApplicantService.Applicant(d.applicant().fullName(), d.applicant().reference(),
                                    d.applicant().email(), d.applicant().phone()),
                            d.receivingUnitCode(), d.submittedAt(), d.dueAt(), Boolean.TRUE.equals(d.dueAtProvisional()));
                }
                case DOSSIER_ASSIGNED -> {
                    DossierAssigned d = event.data(DossierAssigned.class);
                    notify.dossierAssigned(event.id(), event.type(), d.dossierId(), d.dossierCode(), d.receivingUnitCode(),
                            d.processingUnitCode());
                }
                case DOSSIER_SUPPLEMENTED -> {
                    DossierSupplemented d = event.data(DossierSupplemented.class);
                    notify.dossierSupplemented(event.id(), event.type(), d.dossierId(), d.dossierCode(), d.dueAt());
                }
                case DOSSIER_WITHDRAWN -> {
                    DossierWithdrawn d = event.data(DossierWithdrawn.class);
                    notify.dossierWithdrawn(event.id(), event.type(), d.dossierId(), d.dossierCode());
                }
                case DOSSIER_TRANSFERRED -> {
                    DossierTransferred d = event.data(DossierTransferred.class);
                    notify.dossierTransferred(event.id(), event.type(), d.dossierId(), d.dossierCode(), d.toUnitCode());
                }
                case SUPPLEMENT_REQUESTED -> {
                    SupplementRequested d = event.data(SupplementRequested.class);
                    notify.supplementRequested(event.id(), event.type(), d.dossierId(), d.dossierCode(), d.reasons());
                }
                case APOLOGY_ISSUED -> {
                    ApologyIssued d = event.data(ApologyIssued.class);
                    notify.apologyIssued(event.id(), event.type(), d.dossierId(), d.dossierCode(), d.letter());
                }
                case DOSSIER_DECIDED -> {
                    DossierDecided d = event.data(DossierDecided.class);
                    notify.dossierDecided(event.id(), event.type(), d.dossierId(), d.dossierCode(),
                            "APPROVED".equals(d.outcome()), d.resultReference(),
                            d.reasons() == null ? java.util.List.of() : d.reasons());
                }
                case DEADLINE_AT_RISK -> {
                    DeadlineAtRisk d = event.data(DeadlineAtRisk.class);
                    alerts.atRisk(event.id(), d.dossierId(), d.dossierCode(), d.processingUnitCode(), d.field(),
                            d.dueAt(), d.predictedCompletionAt());
                }
                case DOSSIER_OVERDUE -> {
                    DossierOverdue d = event.data(DossierOverdue.class);
                    alerts.overdue(event.id(), d.dossierId(), d.dossierCode(), d.processingUnitCode(), d.field(),
                            d.dueAt());
                    notify.dossierOverdue(event.id(), event.type(), d.dossierId(), d.dossierCode(),
                            d.processingUnitCode(), d.dueAt());
                }
                case APPOINTMENT_CHANGED -> {
                    AppointmentChanged d = event.data(AppointmentChanged.class);
                    notify.appointmentChanged(event.id(), event.type(), d.dossierId(), d.dossierCode(), d.reason(),
                            d.previousDueAt(), d.dueAt());
                }
                case CALENDAR_NOTICE_NEEDED -> {
                    CalendarNoticeNeeded d = event.data(CalendarNoticeNeeded.class);
                    calendarNotices.needed(event.id(), d.year(), d.firstDossierCode(), d.neededAt());
                }
                default -> {
                    // an event type notification does not announce: acknowledged, nothing to do
                }
            }
        });
    }

    /**
     * Before a poll's events are applied: its notifications are written when the transaction commits, in batches
     * (the handlers' statements read only what they write themselves, so Hibernate need not check the whole poll's
     * entities before each), and the dossiers' addressees and people's choices are read in one statement each.
     */
    private void prepare(List<IncomingEvent> events) {
        entityManager.unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        Set<UUID> dossierIds = new HashSet<>();
        List<NotifyApplicantService.NewDossier> newDossiers = new ArrayList<>();
        for (IncomingEvent event : events) {
            if (DOSSIER_SUBMITTED.equals(event.type())) {
                DossierSubmitted d = event.data(DossierSubmitted.class);
                dossierIds.add(d.dossierId());
                newDossiers.add(new NotifyApplicantService.NewDossier(d.dossierId(), d.dossierCode(),
                        d.applicant().email(), d.applicant().phone()));
            } else if (APPLICANT_EVENTS.contains(event.type())) {
                event.subjectId().ifPresent(dossierIds::add);
            }
        }
        notify.prepare(dossierIds, newDossiers);
    }

    /** The fields of {@code DossierSubmitted} that notification reads. */
    public record DossierSubmitted(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String procedureName, @NotBlank String receivingUnitCode, @NotNull @Valid Applicant applicant,
            @NotNull Instant submittedAt, Instant dueAt, Boolean dueAtProvisional) {
    }

    /** Who the applicant is (their reference: the keyed hash of the citizen ID) and how to reach them. */
    public record Applicant(@NotBlank String fullName, String reference, String email, String phone) {
    }

    /** The fields of {@code DossierSupplemented} that notification reads. */
    public record DossierSupplemented(@NotNull UUID dossierId, @NotBlank String dossierCode, Instant dueAt) {
    }

    /** The fields of {@code DossierWithdrawn} that notification reads. */
    public record DossierWithdrawn(@NotNull UUID dossierId, @NotBlank String dossierCode) {
    }

    /** The fields of {@code DossierAssigned} that notification reads. */
    public record DossierAssigned(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String receivingUnitCode, @NotBlank String processingUnitCode) {
    }

    /** The fields of {@code DossierTransferred} that notification reads. */
    public record DossierTransferred(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String toUnitCode) {
    }

    /** The fields of {@code SupplementRequested} that notification reads. */
    public record SupplementRequested(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotNull java.util.List<String> reasons) {
    }

    /** The fields of {@code DossierDecided} that notification reads. */
    public record DossierDecided(@NotNull UUID dossierId, @NotBlank String dossierCode, @NotBlank String outcome,
            String resultReference, java.util.List<String> reasons) {
    }

    /** The fields of {@code DeadlineAtRisk} that notification reads. */
    public record DeadlineAtRisk(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String processingUnitCode, String field, @NotNull Instant dueAt, Instant predictedCompletionAt) {
    }

    /** The fields of {@code DossierOverdue} that notification reads. */
    public record DossierOverdue(@NotNull UUID dossierId, @NotBlank String dossierCode,
            @NotBlank String processingUnitCode, String field, @NotNull Instant dueAt) {
    }

    /** The fields of {@code ApologyIssued} that notification reads. */
    public record ApologyIssued(@NotNull UUID dossierId, @NotBlank String dossierCode, @NotNull ApologyLetter letter) {
    }

    /** The fields of {@code AppointmentChanged} that notification reads. */
    public record AppointmentChanged(@NotNull UUID dossierId, @NotBlank String dossierCode, @NotBlank String reason,
            @NotNull Instant previousDueAt, @NotNull Instant dueAt) {
    }

    /** The fields of {@code CalendarNoticeNeeded} that notification reads. */
    public record CalendarNoticeNeeded(int year, @NotBlank String firstDossierCode, @NotNull Instant neededAt) {
    }
}
