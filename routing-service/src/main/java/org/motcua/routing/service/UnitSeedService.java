package org.motcua.routing.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.platformkit.data.Csv;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.StaffingRepository;
import org.motcua.routing.domain.UnitStaffing;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the processing units (communes and provincial agencies, {@code seed/}) at start-up and gives every
 * unit without staffing the documented default ({@link StaffingDefaults}, the agencies' officers from their
 * seed file); staffing a province-admin set is never overwritten.
 */
@ApplicationScoped
public class UnitSeedService {

    private static final Logger LOG = Logger.getLogger(UnitSeedService.class);
    private static final long SEED_LOCK = 0x726f7574696e67L; // "routing": one instance seeds at a time

    private final ProcessingUnitRepository units;
    private final StaffingRepository staffing;
    private final EntityManager entityManager;
    private final Clock clock;

    UnitSeedService(ProcessingUnitRepository units, StaffingRepository staffing, EntityManager entityManager,
            Clock clock) {
        this.units = units;
        this.staffing = staffing;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        seed();
    }

    @Transactional
    public void seed() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", SEED_LOCK)
                .getSingleResult();
        List<ProcessingUnit> seeded = read();
        Map<String, Integer> agencyOfficers = new HashMap<>();
        Csv.readResource("seed/provincial_agencies.csv")
                .forEach(r -> agencyOfficers.put(r.get("code").trim(), Integer.parseInt(r.get("officers").trim())));
        int staffed = 0;
        for (ProcessingUnit unit : seeded) {
            ProcessingUnit existing = units.findById(unit.code());
            if (existing == null) {
                units.persist(unit);
            } else {
                existing.updateFrom(unit);
            }
            staffed += defaultStaffingIfNone(unit, unit.kind() == ProcessingUnit.Kind.COMMUNE
                    ? StaffingDefaults.officers(unit.unitType(), unit.size())
                    : Map.of(UnitStaffing.OTHER_FIELDS, agencyOfficers.get(unit.code())));
        }
        LOG.infof("processing units: %d loaded, default staffing given to %d", seeded.size(), staffed);
    }

    private int defaultStaffingIfNone(ProcessingUnit unit, Map<String, Integer> officers) {
        if (staffing.count("unitCode", unit.code()) > 0) {
            return 0; // the unit has staffing already: leave it as it is
        }
        officers.forEach((field, count) -> staffing.persist(new UnitStaffing(unit.code(), field,
                BigDecimal.valueOf(count), BigDecimal.valueOf(StaffingDefaults.HOURS_PER_DAY), "seed", clock.instant())));
        return 1;
    }

    static List<ProcessingUnit> read() {
        Map<String, Integer> sizes = new HashMap<>();
        for (Map<String, String> row : Csv.readResource("seed/old_to_new_mapping.csv")) {
            sizes.merge(row.get("new_code").trim(), 1, Integer::sum);
        }
        List<ProcessingUnit> communes = Csv.readResource("seed/new_units_quang_ngai.csv").stream()
                .map(r -> new ProcessingUnit(r.get("code").trim(), r.get("full_name").trim(), ProcessingUnit.Kind.COMMUNE,
                        r.get("type").trim().toUpperCase(java.util.Locale.ROOT), sizes.getOrDefault(r.get("code").trim(), 1),
                        VietnameseText.fold(r.get("full_name"))))
                .toList();
        List<ProcessingUnit> agencies = Csv.readResource("seed/provincial_agencies.csv").stream()
                .map(r -> new ProcessingUnit(r.get("code").trim(), r.get("name").trim(), ProcessingUnit.Kind.AGENCY, null,
                        1, VietnameseText.fold(r.get("name"))))
                .toList();
        return java.util.stream.Stream.concat(communes.stream(), agencies.stream()).toList();
    }
}
