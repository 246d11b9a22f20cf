package org.motcua.intake.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.intake.domain.ProcedureVersion;

/**
 * The catalog as submissions read it, kept in memory for a short while: every submission needs the
 * current version of its procedure (with its papers) and a unit or two, and these change rarely. A change
 * made through this instance is seen at once; one made through another instance within {@link #TTL}.
 * Catalog versions are immutable, so a cached version is never wrong, only possibly superseded.
 */
@ApplicationScoped
public class CatalogCache {

    static final Duration TTL = Duration.ofSeconds(30);

    private final ProcedureRepository procedures;
    private final AdministrativeUnitRepository units;
    private final Clock clock;
    private final Map<String, Entry<Optional<ProcedureVersion>>> currentVersions = new ConcurrentHashMap<>();
    private final Map<String, Entry<Optional<AdministrativeUnit>>> unitsByCode = new ConcurrentHashMap<>();

    CatalogCache(ProcedureRepository procedures, AdministrativeUnitRepository units, Clock clock) {
        this.procedures = procedures;
        this.units = units;
        this.clock = clock;
    }

    private record Entry<T>(T value, Instant loadedAt) {
    }

    /** The current version of a procedure, its papers loaded. */
    @jakarta.transaction.Transactional
    public Optional<ProcedureVersion> currentVersion(String code) {
        return cached(currentVersions, code, () -> procedures.current(code).map(v -> {
            v.documents();
            return v;
        }));
    }

    /** A unit by its code. */
    @jakarta.transaction.Transactional
    public Optional<AdministrativeUnit> unit(String code) {
        return cached(unitsByCode, code, () -> units.findByIdOptional(code));
    }

    /** Forgets a procedure (after it changed here). */
    public void forgetProcedure(String code) {
        currentVersions.remove(code);
    }

    /** Forgets a unit (after it changed here). */
    public void forgetUnit(String code) {
        unitsByCode.remove(code);
    }

    /** Forgets everything (after the seed data was reloaded). */
    public void forgetAll() {
        currentVersions.clear();
        unitsByCode.clear();
    }

    private <T> Optional<T> cached(Map<String, Entry<Optional<T>>> map, String key, Supplier<Optional<T>> loader) {
        Instant now = clock.instant();
        Entry<Optional<T>> entry = map.get(key);
        if (entry == null || entry.loadedAt().plus(TTL).isBefore(now)) {
            entry = new Entry<>(loader.get(), now);
            if (map.size() < 10_000) {
                map.put(key, entry);
            }
        }
        return entry.value();
    }
}
