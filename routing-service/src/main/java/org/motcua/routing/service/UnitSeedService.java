package org.motcua.routing.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.StaffingRepository;
import org.motcua.routing.domain.UnitStaffing;
import org.motcua.routing.domain.twin.DefaultStaffing;
import org.motcua.routing.domain.twin.SeedUnit;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the processing units (communes and provincial agencies, {@code seed/}) at start-up and gives every
 * unit without staffing the documented default ({@link DefaultStaffing}, the agencies' officers from their
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
        List<SeedUnit> seeded = SeedUnit.read();
        int defaulted = 0;
        for (SeedUnit s : seeded) {
            ProcessingUnit known = existing.get(s.code());
            if (known == null) {
                units.persist(entity(s));
            } else {
                known.updateFrom(entity(s));
            }
            if (!staffed.contains(s.code())) { // staffing a province-admin set stays as it is
                s.officers().forEach((field, count) -> staffing.persist(new UnitStaffing(s.code(), field,
                        BigDecimal.valueOf(count), BigDecimal.valueOf(DefaultStaffing.HOURS_PER_DAY), "seed",
                        clock.instant())));
                defaulted++;
            }
        }
        LOG.infof("processing units: %d loaded, default staffing given to %d", seeded.size(), defaulted);
    }

    private static ProcessingUnit entity(SeedUnit seed) {
        return new ProcessingUnit(seed.code(), seed.name(),
                seed.agency() ? ProcessingUnit.Kind.AGENCY : ProcessingUnit.Kind.COMMUNE, seed.type(), seed.size(),
                VietnameseText.fold(seed.name()));
    }
}
