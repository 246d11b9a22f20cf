package org.motcua.intake.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.publisher.CalendarEvents;
import org.motcua.platformkit.deadline.OfficeHours;
import org.motcua.platformkit.problem.ResourceNotFoundException;

/**
 * A province-admin sets a unit's own office hours (or returns it to the public sector's). Appointments of
 * dossiers received from then on are counted in them; dossiers already received keep their dates. Routing hears of
 * it ({@code OfficeHoursChanged}) and forecasts the unit's work in the same hours.
 */
@ApplicationScoped
public class UnitOfficeHoursService {

    private static final Logger LOG = Logger.getLogger(UnitOfficeHoursService.class);

    private final AdministrativeUnitRepository units;
    private final CatalogCache catalog;
    private final CalendarEvents events;
    private final Clock clock;

    UnitOfficeHoursService(AdministrativeUnitRepository units, CatalogCache catalog, CalendarEvents events, Clock clock) {
        this.units = units;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** Sets the unit's office hours; null returns it to the public sector's. */
    @Transactional
    public AdministrativeUnit change(String unitCode, OfficeHours hours, String actor) {
        AdministrativeUnit unit = units.findByIdOptional(unitCode)
                .orElseThrow(() -> new ResourceNotFoundException("Đơn vị", unitCode));
        unit.changeOfficeHours(hours);
        catalog.forgetUnit(unitCode);
        events.officeHoursChanged(unitCode, hours, clock.instant());
        LOG.infof("office hours of unit %s set to %s by %s", unitCode, hours == null ? "the default" : hours, actor);
        return unit;
    }
}
