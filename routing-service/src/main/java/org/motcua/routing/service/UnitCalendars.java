package org.motcua.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.platformkit.deadline.DeadlineCalculator;
import org.motcua.platformkit.deadline.OfficeHours;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.ProcessingUnitRepository;

/**
 * The province's working calendar in each unit's own office hours, as intake sets them: forecasts, apologies and new
 * appointments of work at a unit count in the same hours as the appointments intake gave its dossiers.
 */
@ApplicationScoped
public class UnitCalendars {

    private static final Logger LOG = Logger.getLogger(UnitCalendars.class);

    private final ProcessingUnitRepository units;
    private final DeadlineCalculator calculator;

    UnitCalendars(ProcessingUnitRepository units, DeadlineCalculator calculator) {
        this.units = units;
        this.calculator = calculator;
    }

    /** The calculator of work at the unit (the public sector's hours for a unit without its own, or unknown here). */
    @Transactional
    public DeadlineCalculator at(String unitCode) {
        return units.findByIdOptional(unitCode).flatMap(ProcessingUnit::officeHours)
                .map(calculator::withOfficeHours).orElse(calculator);
    }

    /** Intake announced the unit's own office hours (null: back to the public sector's). */
    @Transactional
    public void officeHoursChanged(String unitCode, OfficeHours hours) {
        units.findByIdOptional(unitCode).ifPresentOrElse(u -> u.changeOfficeHours(hours),
                () -> LOG.warnf("office hours of unit %s, which routing does not know, left aside", unitCode));
    }
}
