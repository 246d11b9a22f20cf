package org.motcua.intake.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.Channel;
import org.motcua.platformkit.deadline.CalendarYearNotLoadedException;
import org.motcua.platformkit.deadline.Deadline;
import org.motcua.platformkit.deadline.DeadlineCalculator;
import org.motcua.platformkit.deadline.LegalTime;

/**
 * The dates intake sets on a dossier: its appointment, and when papers a database could not give must be
 * asked for (8 working hours online, 1 working day on paper: Resolution 66.7/2025/NQ-CP). A missing
 * calendar year never blocks intake: the date is left open, the note says why, the admins are alerted.
 * Dates are counted in the office hours of the receiving unit (its own, if a province-admin set them).
 */
@ApplicationScoped
public class DossierDeadlines {

    private static final Logger LOG = Logger.getLogger(DossierDeadlines.class);

    private final DeadlineCalculator calculator;
    private final CatalogCache catalog;

    DossierDeadlines(DeadlineCalculator calculator, CatalogCache catalog) {
        this.calculator = calculator;
        this.catalog = catalog;
    }

    /** The appointment, or null with a note in {@link Result#note()}. */
    public Result appointment(Instant receivedAt, LegalTime legalTime, AdministrativeUnit receivingUnit) {
        try {
            return new Result(Deadline.start(receivedAt, legalTime, calculatorOf(receivingUnit)), null);
        } catch (CalendarYearNotLoadedException e) {
            LOG.errorf("ALERT province-admin: the calendar of %d is not loaded; appointment dates wait for it", e.year());
            return new Result(null, "Chưa có lịch làm việc năm " + e.year()
                    + ": ngày hẹn trả kết quả sẽ được thông báo khi tỉnh cập nhật lịch");
        }
    }

    /** When the supplementation request for papers a database could not give is due. */
    public Instant supplementationDue(Instant receivedAt, Channel channel, AdministrativeUnit receivingUnit) {
        LegalTime limit = channel == Channel.ONLINE ? LegalTime.workingHours(8) : LegalTime.workingDays(1);
        try {
            return calculatorOf(receivingUnit).due(receivedAt, limit);
        } catch (CalendarYearNotLoadedException e) {
            LOG.errorf("ALERT province-admin: the calendar of %d is not loaded", e.year());
            return null;
        }
    }

    /** The calculator in the unit's office hours (the public sector's for a unit unknown here). */
    public DeadlineCalculator calculatorAt(String unitCode) {
        return catalog.unit(unitCode).map(this::calculatorOf).orElse(calculator);
    }

    private DeadlineCalculator calculatorOf(AdministrativeUnit unit) {
        return calculator.withOfficeHours(unit.officeHours().orElse(null));
    }

    /** An appointment and, when it could not be set, why. */
    public record Result(Deadline deadline, String note) {
    }
}
