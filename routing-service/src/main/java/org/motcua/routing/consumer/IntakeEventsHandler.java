package org.motcua.routing.consumer;

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
import org.motcua.platformkit.deadline.OfficeHours;
import org.motcua.platformkit.inbox.Inbox;
import org.motcua.platformkit.inbox.IncomingEvent;
import org.motcua.platformkit.inbox.ReplayableConsumer;
import org.motcua.routing.service.AssignDossierService;
import org.motcua.routing.service.CalendarYearService;
import org.motcua.routing.service.ProcessDossierService;
import org.motcua.routing.service.SubmittedDossier;
import org.motcua.routing.service.UnitCalendars;

import io.smallrye.common.annotation.Blocking;

/** Assigns every dossier intake received, and follows what intake changes ({@code intake.dossier.events}). */
@ApplicationScoped
public class IntakeEventsHandler implements ReplayableConsumer {

    static final String CONSUMER = "routing";
    static final String DOSSIER_SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    static final String DOSSIER_WITHDRAWN = "org.motcua.intake.dossier-withdrawn.v1";
    static final String DOSSIER_SUPPLEMENTED = "org.motcua.intake.dossier-supplemented.v1";
    static final String APPOINTMENT_CHANGED = "org.motcua.intake.appointment-changed.v1";
    static final String CALENDAR_YEAR_PUBLISHED = "org.motcua.intake.calendar-year-published.v1";
    static final String OFFICE_HOURS_CHANGED = "org.motcua.intake.office-hours-changed.v1";

    private final Inbox inbox;
    private final AssignDossierService assignService;
    private final ProcessDossierService processService;
    private final CalendarYearService calendarService;
    private final UnitCalendars unitCalendars;

    IntakeEventsHandler(Inbox inbox, AssignDossierService assignService, ProcessDossierService processService,
            CalendarYearService calendarService, UnitCalendars unitCalendars) {
        this.calendarService = calendarService;
        this.unitCalendars = unitCalendars;
        this.inbox = inbox;
        this.assignService = assignService;
        this.processService = processService;
    }

    @Override
    public String channel() {
        return "intake-events";
    }

    /** Its dead letters, replayed ({@code DeadLetterReplay}), are applied as the records it consumes. */
    @Override
    public void apply(ConsumerRecords<String, String> records) {
        onEvents(records);
    }

    @Incoming("intake-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, records, this::readAhead, event -> {
            if (DOSSIER_SUBMITTED.equals(event.type())) {
                DossierSubmitted data = event.data(DossierSubmitted.class);
                assignService.assign(new SubmittedDossier(data.dossierId(), data.dossierCode(), data.procedureCode(),
                        data.procedureName(), data.field(), data.receivingUnitCode(), data.competenceRule(), data.competentAgency(),
                        data.residenceUnitCode(), data.landUnitCode(), data.effortHours(), data.dueAt(),
                        data.submittedAt()));
            } else if (DOSSIER_WITHDRAWN.equals(event.type())) {
                DossierWithdrawn data = event.data(DossierWithdrawn.class);
                processService.withdrawn(data.dossierId(), data.reason());
            } else if (DOSSIER_SUPPLEMENTED.equals(event.type())) {
                DossierSupplemented data = event.data(DossierSupplemented.class);
                processService.supplemented(data.dossierId(), data.dueAt(), data.papers());
            } else if (APPOINTMENT_CHANGED.equals(event.type())) {
                AppointmentChanged data = event.data(AppointmentChanged.class);
                processService.appointmentRecounted(data.dossierId(), data.dueAt());
            } else if (CALENDAR_YEAR_PUBLISHED.equals(event.type())) {
                CalendarYearPublished data = event.data(CalendarYearPublished.class);
                calendarService.published(data.year(), data.notice(), data.daysOff(), data.extraWorkingDays());
            } else if (OFFICE_HOURS_CHANGED.equals(event.type())) {
                OfficeHoursChanged data = event.data(OfficeHoursChanged.class);
                unitCalendars.officeHoursChanged(data.unitCode(), data.officeHours());
            }
        });
    }

    /** Before a poll's events: which of its submissions are placed already, in one statement. */
    private void readAhead(List<IncomingEvent> events) {
        Set<UUID> submitted = new HashSet<>();
        for (IncomingEvent event : events) {
            if (DOSSIER_SUBMITTED.equals(event.type())) {
                submitted.add(event.data(DossierSubmitted.class).dossierId());
            }
        }
        assignService.readAhead(submitted);
    }

    /** The fields of {@code AppointmentChanged} that routing reads. */
    public record AppointmentChanged(@NotNull UUID dossierId, @NotNull Instant dueAt) {
    }

    /** The fields of {@code CalendarYearPublished} that routing reads. */
    public record CalendarYearPublished(int year, @NotBlank String notice, @NotNull java.util.List<java.time.LocalDate> daysOff,
            @NotNull java.util.List<java.time.LocalDate> extraWorkingDays) {
    }

    /** The fields of {@code OfficeHoursChanged} that routing reads (officeHours null: the public sector's). */
    public record OfficeHoursChanged(@NotBlank String unitCode, OfficeHours officeHours) {
    }

    /** The fields of {@code DossierWithdrawn} that routing reads. */
    public record DossierWithdrawn(@NotNull UUID dossierId, String reason) {
    }

    /** The fields of {@code DossierSupplemented} that routing reads. */
    public record DossierSupplemented(@NotNull UUID dossierId, @NotNull java.util.List<String> papers, Instant dueAt) {
    }

    /** The fields of {@code DossierSubmitted} that routing reads. */
    public record DossierSubmitted(@NotNull UUID dossierId, @NotBlank String dossierCode, @NotBlank String procedureCode,
            String procedureName, @NotBlank String field, @NotBlank String receivingUnitCode, String competenceRule, String competentAgency,
            String residenceUnitCode, String landUnitCode, Double effortHours, Instant dueAt,
            @NotNull Instant submittedAt) {
    }
}
