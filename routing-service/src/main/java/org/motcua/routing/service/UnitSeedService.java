package org.motcua.routing.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        Map<String, ProcessingUnit> existing = units.listAll().stream()
                .collect(Collectors.toMap(ProcessingUnit::code, Function.identity()));
        Set<String> staffed = new HashSet<>(staffing.unitsWithStaffing());
        List<Seeded> seeded = read();
        int defaulted = 0;
        for (Seeded s : seeded) {
            ProcessingUnit known = existing.get(s.unit().code());
            if (known == null) {
                units.persist(s.unit());
            } else {
                known.updateFrom(s.unit());
            }
            if (!staffed.contains(s.unit().code())) { // staffing a province-admin set stays as it is
                s.officers().forEach((field, count) -> staffing.persist(new UnitStaffing(s.unit().code(), field,
                        BigDecimal.valueOf(count), BigDecimal.valueOf(StaffingDefaults.HOURS_PER_DAY), "seed",
                        clock.instant())));
                defaulted++;
            }
        }
        LOG.infof("processing units: %d loaded, default staffing given to %d", seeded.size(), defaulted);
    }

    /** A unit of the seed files and its default officers per field. */
    record Seeded(ProcessingUnit unit, Map<String, Integer> officers) {
    }

    static List<Seeded> read() {
        Map<String, Integer> sizes = new HashMap<>();
        for (Map<String, String> row : Csv.readResource("seed/old_to_new_mapping.csv")) {
            sizes.merge(row.get("new_code").trim(), 1, Integer::sum);
        }
        Stream<Seeded> communes = Csv.readResource("seed/new_units_quang_ngai.csv").stream().map(r -> {
            String code = r.get("code").trim();
            String type = r.get("type").trim().toUpperCase(Locale.ROOT);
            int size = sizes.getOrDefault(code, 1);
            return new Seeded(new ProcessingUnit(code, r.get("full_name").trim(), ProcessingUnit.Kind.COMMUNE, type,
                    size, VietnameseText.fold(r.get("full_name"))), StaffingDefaults.officers(type, size));
        });
        Stream<Seeded> agencies = Csv.readResource("seed/provincial_agencies.csv").stream()
                .map(r -> new Seeded(new ProcessingUnit(r.get("code").trim(), r.get("name").trim(),
                        ProcessingUnit.Kind.AGENCY, null, 1, VietnameseText.fold(r.get("name"))),
                        Map.of(UnitStaffing.OTHER_FIELDS, Integer.parseInt(r.get("officers").trim()))));
        return Stream.concat(communes, agencies).toList();
    }
}
