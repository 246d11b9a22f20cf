package org.motcua.routing.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.problem.TooManyRequestsException;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.StaffingRepository;
import org.motcua.routing.domain.UnitStaffing;
import org.motcua.routing.domain.twin.DefaultStaffing;
import org.motcua.routing.domain.twin.DemandModel;
import org.motcua.routing.domain.twin.SeedUnit;
import org.motcua.routing.domain.twin.StaffingAdvisor;
import org.motcua.routing.domain.twin.TwinReport;
import org.motcua.routing.domain.twin.TwinUnit;

/**
 * The province twin as a service: the units with the staffing in force (or the seed's default) and the
 * standard demand at the asked volume. A simulation takes seconds of CPU, so one runs at a time; another
 * request meanwhile gets 429.
 */
@ApplicationScoped
public class ProvinceTwinService {

    /** Which staffing the twin simulates. */
    public enum Staffing {
        /** The staffing a province-admin set (or the seed's where none was set). */
        CURRENT,
        /** The seed's documented default. */
        DEFAULT
    }

    private final ProcessingUnitRepository units;
    private final StaffingRepository staffing;
    private final Semaphore running = new Semaphore(1);

    ProvinceTwinService(ProcessingUnitRepository units, StaffingRepository staffing) {
        this.units = units;
        this.staffing = staffing;
    }

    public TwinReport simulate(Staffing source, double annualDossiers, int workingDays, long seed) {
        List<TwinUnit> province = province(source);
        if (!running.tryAcquire()) {
            throw new TooManyRequestsException(Duration.ofSeconds(10)); // one simulation at a time: a few seconds
        }
        try {
            return TwinReport.run(province, DemandModel.standard().withAnnualDossiers(annualDossiers), workingDays,
                    seed);
        } finally {
            running.release();
        }
    }

    public StaffingAdvisor.Advice recommendations(Staffing source, double annualDossiers, double lateShare) {
        return StaffingAdvisor.advise(province(source), DemandModel.standard().withAnnualDossiers(annualDossiers),
                lateShare);
    }

    /** The units with their officers: two queries. */
    List<TwinUnit> province(Staffing source) {
        if (source == Staffing.DEFAULT) {
            return SeedUnit.read().stream().map(TwinUnit::of).toList();
        }
        Map<String, Map<String, Double>> officers = new HashMap<>();
        for (UnitStaffing row : staffing.listAll()) { // officer equivalents: hours a day over an officer's six
            officers.computeIfAbsent(row.unitCode(), k -> new HashMap<>()).put(row.field(),
                    row.staffHoursPerDay() / DefaultStaffing.HOURS_PER_DAY);
        }
        return units.listAll().stream().sorted(java.util.Comparator.comparing(ProcessingUnit::code))
                .map(u -> new TwinUnit(u.code(), u.kind() == ProcessingUnit.Kind.AGENCY, "PHUONG".equals(u.unitType()),
                        u.size(), officers.getOrDefault(u.code(), Map.of())))
                .toList();
    }
}
