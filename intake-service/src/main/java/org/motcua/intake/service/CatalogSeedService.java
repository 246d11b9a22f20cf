package org.motcua.intake.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.domain.ProcedureDefinition;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.platformkit.data.Csv;
import org.motcua.platformkit.data.Digests;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the province's reference data (see {@code seed/README.md}) into the catalog at start-up, and
 * again whenever a seed file changes. Units are upserted; a procedure gets a new version only when its
 * content changed, and never over a version a province-admin wrote.
 */
@ApplicationScoped
public class CatalogSeedService {

    static final List<String> FILES = List.of("new_units_quang_ngai.csv", "old_to_new_mapping.csv",
            "remote_districts.csv", "procedures_sample.csv", "procedure_rules.csv",
            "nq66_7_2025_components_replaced_by_national_db.csv");
    private static final String SEED_NAME = "catalog";
    private static final String ACTOR = "seed";
    private static final Logger LOG = Logger.getLogger(CatalogSeedService.class);
    /** Advisory lock so that instances starting together load once. */
    private static final long SEED_LOCK = 0x73656564L;

    private final EntityManager entityManager;
    private final AdministrativeUnitRepository units;
    private final ProcedureRepository procedures;
    private final CatalogService catalog;
    private final CatalogCache cache;
    private final Clock clock;

    CatalogSeedService(EntityManager entityManager, AdministrativeUnitRepository units, ProcedureRepository procedures,
            CatalogService catalog, CatalogCache cache, Clock clock) {
        this.entityManager = entityManager;
        this.units = units;
        this.procedures = procedures;
        this.catalog = catalog;
        this.cache = cache;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent startup) {
        loadIfChanged();
    }

    /** Loads the seed files if their combined content changed since the last load. */
    @Transactional
    public void loadIfChanged() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", SEED_LOCK)
                .getSingleResult();
        StringBuilder all = new StringBuilder();
        Map<String, String> contents = new java.util.HashMap<>();
        for (String file : FILES) {
            String content = read("seed/" + file);
            contents.put(file, content);
            all.append(file).append('\n').append(content);
        }
        String sha256 = Digests.sha256Hex(all.toString());
        List<?> loaded = entityManager.createNativeQuery("SELECT sha256 FROM seed_file WHERE name = :name")
                .setParameter("name", SEED_NAME).getResultList();
        if (!loaded.isEmpty() && sha256.equals(loaded.get(0))) {
            return;
        }
        UnitSeedReader.Units seedUnits = UnitSeedReader.read(csv(contents, "new_units_quang_ngai.csv"),
                csv(contents, "old_to_new_mapping.csv"), csv(contents, "remote_districts.csv"));
        for (AdministrativeUnit unit : seedUnits.units()) {
            units.findByIdOptional(unit.code()).ifPresentOrElse(existing -> existing.updateFrom(unit),
                    () -> units.persist(unit));
        }
        units.flush();
        units.replacePreMergerUnits(seedUnits.preMergerUnits());

        Map<String, ProcedureDefinition> definitions = ProcedureSeedReader.read(csv(contents, "procedures_sample.csv"),
                csv(contents, "procedure_rules.csv"), csv(contents, "nq66_7_2025_components_replaced_by_national_db.csv"));
        for (Map.Entry<String, ProcedureDefinition> entry : definitions.entrySet()) {
            boolean adminOwned = procedures.current(entry.getKey())
                    .map(v -> v.source() == ProcedureVersion.Source.ADMIN).orElse(false);
            if (adminOwned) {
                continue;
            }
            catalog.define(entry.getKey(), entry.getValue(), ProcedureVersion.Source.SEED, ACTOR);
        }
        entityManager.createNativeQuery("""
                INSERT INTO seed_file (name, sha256, rows, loaded_at) VALUES (:name, :sha, :rows, :at)
                ON CONFLICT (name) DO UPDATE SET sha256 = :sha, rows = :rows, loaded_at = :at""")
                .setParameter("name", SEED_NAME).setParameter("sha", sha256).setParameter("rows", definitions.size())
                .setParameter("at", Timestamp.from(clock.instant()))
                .executeUpdate();
        cache.forgetAll();
        LOG.infof("catalog seed loaded: %d units, %d pre-merger units, %d procedures", seedUnits.units().size(),
                seedUnits.preMergerUnits().size(), definitions.size());
    }

    private static List<Map<String, String>> csv(Map<String, String> contents, String file) {
        try {
            return Csv.read(new StringReader(contents.get(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + file + " is not valid CSV", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
