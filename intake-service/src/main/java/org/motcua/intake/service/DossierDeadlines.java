package org.motcua.intake.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.Channel;
import org.motcua.intake.domain.Dossier;
import org.motcua.platformkit.deadline.Deadline;
import org.motcua.platformkit.deadline.DeadlineCalculator;
import org.motcua.platformkit.deadline.LegalTime;

/**
 * The dates intake sets on a dossier: its appointment, and when papers a database could not give must be
 * asked for (8 working hours online, 1 working day on paper: Resolution 66.7/2025/NQ-CP). A year whose
 * official calendar is not loaded never blocks intake: the date is counted on the law's days off and marked
 * provisional ({@link CalendarNotices} asks the admins for the notice).
 * Dates are counted in the office hours of the receiving unit (its own, if a province-admin set them).
 */
@ApplicationScoped
public class DossierDeadlines {

    private final DeadlineCalculator calculator;
    private final CatalogCache catalog;

    DossierDeadlines(DeadlineCalculator calculator, CatalogCache catalog) {
        this.calculator = calculator;
        this.catalog = catalog;
    }

    /**
     * The appointment; on the law's days off where it reaches into a year whose official notice is not loaded,
     * marked provisional with a note (intake is never blocked, nothing is guessed silently).
     */
    public Result appointment(Instant receivedAt, LegalTime legalTime, AdministrativeUnit receivingUnit) {
        Deadline deadline = Deadline.start(receivedAt, legalTime, calculatorOf(receivingUnit));
        return new Result(deadline, deadline.provisional() ? Dossier.PROVISIONAL_NOTE : null);
    }

    /** When the supplementation request for papers a database could not give is due. */
    public Instant supplementationDue(Instant receivedAt, Channel channel, AdministrativeUnit receivingUnit) {
        LegalTime limit = channel == Channel.ONLINE ? LegalTime.workingHours(8) : LegalTime.workingDays(1);
        return calculatorOf(receivingUnit).due(receivedAt, limit);
    }

    /** The calculator in the unit's office hours (the public sector's for a unit unknown here). */
    public DeadlineCalculator calculatorAt(String unitCode) {
        return catalog.unit(unitCode).map(this::calculatorOf).orElse(calculator);
    }

    private DeadlineCalculator calculatorOf(AdministrativeUnit unit) {
        return calculator.withOfficeHours(unit.officeHours().orElse(null));
    }

    /** An appointment and, when it is provisional, the note that says so. */
    public record Result(Deadline deadline, String note) {
    }
}
