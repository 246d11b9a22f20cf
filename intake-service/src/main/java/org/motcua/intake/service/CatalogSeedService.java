package org.motcua.intake.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.domain.Procedure;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.intake.domain.UnitType;
import org.motcua.platformkit.data.Csv;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the province's reference data (units, procedures; see {@code seed/README.md}) into the catalog
 * at start-up, again whenever a file's checksum changed. Upserts, so dossiers keep their references.
 */
@ApplicationScoped
public class CatalogSeedService {

    static final String UNITS = "seed/new_units_quang_ngai.csv";
    static final String PROCEDURES = "seed/procedures_sample.csv";
    private static final Logger LOG = Logger.getLogger(CatalogSeedService.class);
    /** Advisory lock so that instances starting together load once. */
    private static final long SEED_LOCK = 0x73656564L;

    private final EntityManager entityManager;
    private final AdministrativeUnitRepository units;
    private final ProcedureRepository procedures;
    private final Clock clock;

    CatalogSeedService(EntityManager entityManager, AdministrativeUnitRepository units, ProcedureRepository procedures,
            Clock clock) {
        this.entityManager = entityManager;
        this.units = units;
        this.procedures = procedures;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent startup) {
        loadChangedSeeds();
    }

    /** Loads every seed file whose content changed since it was last loaded. */
    @Transactional
    public void loadChangedSeeds() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", SEED_LOCK)
                .getSingleResult();
        load(UNITS, this::upsertUnit);
        load(PROCEDURES, this::upsertProcedure);
    }

    private void load(String resource, Consumer<Map<String, String>> upsert) {
        byte[] content = read(resource);
        String sha256 = sha256(content);
        List<?> loaded = entityManager.createNativeQuery("SELECT sha256 FROM seed_file WHERE name = :name")
                .setParameter("name", resource).getResultList();
        if (!loaded.isEmpty() && sha256.equals(loaded.get(0))) {
            return;
        }
        List<Map<String, String>> rows;
        try {
            rows = Csv.read(new java.io.StringReader(new String(content, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + resource + " is not valid CSV", e);
        }
        rows.forEach(upsert);
        entityManager.createNativeQuery("""
                INSERT INTO seed_file (name, sha256, rows, loaded_at) VALUES (:name, :sha, :rows, :at)
                ON CONFLICT (name) DO UPDATE SET sha256 = :sha, rows = :rows, loaded_at = :at""")
                .setParameter("name", resource).setParameter("sha", sha256).setParameter("rows", rows.size())
                .setParameter("at", Timestamp.from(clock.instant()))
                .executeUpdate();
        LOG.infof("loaded %d rows of %s", rows.size(), resource);
    }

    private void upsertUnit(Map<String, String> row) {
        AdministrativeUnit unit = new AdministrativeUnit(row.get("code"), row.get("name"), row.get("full_name"),
                UnitType.fromCode(row.get("type")), row.get("old_province_code"), row.get("pre_merger_units_text"));
        units.findByIdOptional(unit.code()).ifPresentOrElse(existing -> existing.updateFrom(unit), () -> units.persist(unit));
    }

    private void upsertProcedure(Map<String, String> row) {
        String name = row.get("ten_tthc").trim();
        String code = row.get("ma_tthc").trim();
        boolean local = code.isEmpty();
        if (local) {
            code = "LOCAL." + sha1(name).substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        }
        String amount = row.get("thoi_han_so").trim();
        Procedure procedure = new Procedure(code, name, row.get("linh_vuc"), row.get("co_quan_tham_quyen_sau_01072025"),
                row.get("thoi_han_giai_quyet"), amount.isEmpty() ? null : Integer.valueOf(amount),
                row.get("don_vi_thoi_han"), row.get("phi_le_phi"), row.get("thanh_phan_ho_so_chinh"),
                row.get("giay_to_thay_bang_CSDL_theo_NQ66_7"), row.get("muc_do_xac_minh"), local);
        procedures.findByIdOptional(code).ifPresentOrElse(existing -> existing.updateFrom(procedure),
                () -> procedures.persist(procedure));
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        return digest("SHA-256", content);
    }

    private static String sha1(String text) {
        return digest("SHA-1", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
