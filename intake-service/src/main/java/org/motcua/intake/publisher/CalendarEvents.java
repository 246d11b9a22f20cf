package org.motcua.intake.publisher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.Dossier;
import org.motcua.platformkit.deadline.OfficeHours;
import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;

/**
 * The working calendar's events, on intake's topic: a year's official notice loaded (every service counts on it),
 * the admins asked for a missing notice, a dossier's appointment counted again on it, and a unit's own office hours.
 */
@ApplicationScoped
public class CalendarEvents {

    public static final String CALENDAR_YEAR_PUBLISHED = "org.motcua.intake.calendar-year-published.v1";
    public static final String CALENDAR_NOTICE_NEEDED = "org.motcua.intake.calendar-notice-needed.v1";
    public static final String APPOINTMENT_CHANGED = "org.motcua.intake.appointment-changed.v1";
    public static final String OFFICE_HOURS_CHANGED = "org.motcua.intake.office-hours-changed.v1";

    private final Outbox outbox;

    CalendarEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public UUID yearPublished(int year, String notice, List<LocalDate> daysOff, List<LocalDate> extraWorkingDays,
            Instant at) {
        return outbox.publish(new OutgoingEvent(DossierEvents.TOPIC, CALENDAR_YEAR_PUBLISHED, key(year),
                new CalendarYearPublished(year, notice, daysOff, extraWorkingDays, at)));
    }

    public UUID noticeNeeded(int year, String firstDossierCode, Instant at) {
        return outbox.publish(new OutgoingEvent(DossierEvents.TOPIC, CALENDAR_NOTICE_NEEDED, key(year),
                new CalendarNoticeNeeded(year, firstDossierCode, at)));
    }

    public UUID appointmentChanged(Dossier dossier, Instant previousDueAt, String reason, Instant at) {
        return outbox.publish(new OutgoingEvent(DossierEvents.TOPIC, APPOINTMENT_CHANGED, dossier.id().toString(),
                new AppointmentChanged(dossier.id(), dossier.code(), dossier.receivingUnitCode(), previousDueAt,
                        dossier.dueAt(), dossier.deadlineProvisional(), reason, at)));
    }

    /** A unit's own office hours set, or (null) returned to the public sector's. */
    public UUID officeHoursChanged(String unitCode, OfficeHours hours, Instant at) {
        return outbox.publish(new OutgoingEvent(DossierEvents.TOPIC, OFFICE_HOURS_CHANGED, "unit-" + unitCode,
                new OfficeHoursChanged(unitCode, hours, at)));
    }

    private static String key(int year) {
        return "calendar-" + year;
    }

    /** Data of {@code org.motcua.intake.calendar-year-published.v1}. */
    public record CalendarYearPublished(int year, String notice, List<LocalDate> daysOff, List<LocalDate> extraWorkingDays,
            Instant publishedAt) {
    }

    /** Data of {@code org.motcua.intake.calendar-notice-needed.v1}. */
    public record CalendarNoticeNeeded(int year, String firstDossierCode, Instant neededAt) {
    }

    /** Data of {@code org.motcua.intake.appointment-changed.v1}. */
    public record AppointmentChanged(UUID dossierId, String dossierCode, String receivingUnitCode, Instant previousDueAt,
            Instant dueAt, boolean provisional, String reason, Instant changedAt) {
    }

    /** Data of {@code org.motcua.intake.office-hours-changed.v1}. */
    public record OfficeHoursChanged(String unitCode, OfficeHours officeHours, Instant changedAt) {
    }
}
