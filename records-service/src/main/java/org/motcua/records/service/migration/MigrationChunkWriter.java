package org.motcua.records.service.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.motcua.platformkit.data.Digests;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.platformkit.security.PersonalDataCipher;
import org.motcua.records.domain.ApplicantResultRepository;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.ArchivedDossierRepository;
import org.motcua.records.domain.SearchTokens;
import org.motcua.records.domain.TimelineEntry;
import org.motcua.records.domain.TimelineRepository;
import org.motcua.records.domain.migration.ApplicantRepository;
import org.motcua.records.domain.migration.CheckedRow;
import org.motcua.records.domain.migration.ChunkCounts;
import org.motcua.records.domain.migration.LegacyDossier;
import org.motcua.records.domain.migration.MigrationRepository;
import org.motcua.records.service.audit.AuditLog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a run of checked rows and moves the import's checkpoint past them, in one transaction: the dossiers
 * (inserted, or updated when the row is a later state), their timelines, applicants, results, held rows and
 * rejections, one audit entry, and the counts. The dossiers, timelines and results go through the live archive's
 * entities and repositories (one mapping of those tables), written in batches; the rest in one statement each.
 */
@ApplicationScoped
public class MigrationChunkWriter {

    /** Statements sent to the database at once: a chunk's dossiers and timeline entries in a few round trips. */
    private static final int BATCH = 1_000;
    /** The advisory lock a chunk's transaction holds while it writes dossiers (any number; this one means it). */
    private static final long ARCHIVE_TURN = 0x6d6f7463_7561_0001L;

    private final EntityManager entityManager;
    private final ArchivedDossierRepository dossiers;
    private final TimelineRepository timelines;
    private final UnitMapping oldUnits;
    private final UnitDirectory units;
    private final SearchTokens tokens;
    private final LegacyTimeline timeline;
    private final AuditLog audit;
    private final ApplicantResultRepository results;
    private final ApplicantRepository applicants;
    private final MigrationRepository migrations;
    private final ObjectMapper json;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    MigrationChunkWriter(EntityManager entityManager, ArchivedDossierRepository dossiers, TimelineRepository timelines,
            UnitMapping oldUnits, UnitDirectory units, SearchTokens tokens, LegacyTimeline timeline, AuditLog audit,
            ApplicantResultRepository results, ApplicantRepository applicants, MigrationRepository migrations,
            ObjectMapper json, PersonalDataCipher cipher, Clock clock) {
        this.entityManager = entityManager;
        this.dossiers = dossiers;
        this.timelines = timelines;
        this.oldUnits = oldUnits;
        this.units = units;
        this.tokens = tokens;
        this.timeline = timeline;
        this.audit = audit;
        this.results = results;
        this.applicants = applicants;
        this.migrations = migrations;
        this.json = json;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Thrown when another instance has taken the import over: nothing of the chunk is kept. */
    public static final class ClaimLostException extends RuntimeException {
        ClaimLostException(UUID migrationId) {
            super("import " + migrationId + " is run by another instance now", null, false, false);
        }
    }

    /**
     * Writes the rows read up to row {@code lastRow} (byte {@code bytesRead} of the file) for the import, if this
     * instance still runs it ({@code claim}).
     */
    @Transactional
    public ChunkCounts write(UUID migrationId, String claim, List<CheckedRow> rows, long lastRow, long bytesRead) {
        Instant now = clock.instant();
        Session session = entityManager.unwrap(Session.class);
        session.setJdbcBatchSize(BATCH);
        if (!migrations.lockClaimed(migrationId, claim)) {
            throw new ClaimLostException(migrationId);
        }
        session.doWork(MigrationChunkWriter::takeArchiveTurn);
        Outcome o = sort(rows);
        long applicantsNew = writeArchived(migrationId, o, now);
        ChunkCounts counts = new ChunkCounts(o.imported, o.merged, o.alreadyPresent, o.held.size() + o.heldDuplicates,
                o.rejected.size(), applicantsNew, o.rowsWithApplicant - applicantsNew);
        session.doWork(c -> writeHeld(c, migrationId, o.held.values()));
        migrations.reject(migrationId, o.rejected);
        migrations.advance(migrationId, counts, lastRow, bytesRead);
        audit.append("migration:" + migrationId, AuditLog.Action.MIGRATION_ROWS_IMPORTED, "migration", migrationId.toString(),
                "rows ≤ " + lastRow + ": imported " + counts.imported() + ", merged " + counts.merged()
                        + ", already present " + counts.alreadyPresent() + ", held " + counts.heldForReview()
                        + ", rejected " + counts.rejected() + "; dossiers written sha256="
                        + Digests.sha256Hex(o.toWrite.keySet().stream().sorted().map(UUID::toString)
                                .collect(Collectors.joining("\n"))));
        return counts;
    }

    /** Archives a held dossier that a person placed, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(UUID migrationId, CheckedRow.Accepted row) {
        Instant now = clock.instant();
        entityManager.unwrap(Session.class).doWork(MigrationChunkWriter::takeArchiveTurn);
        writeArchived(migrationId, sort(List.of(row)), now);
    }

    /**
     * Writes the dossiers to archive and what goes with them, through the live archive's entities and repositories;
     * returns how many applicants were new.
     */
    private long writeArchived(UUID migrationId, Outcome o, Instant now) {
        List<TimelineEntry> entries = new ArrayList<>();
        List<ArchivedDossier> written = new ArrayList<>();
        for (CheckedRow.Accepted a : o.toWrite.values()) {
            LegacyDossier d = a.dossier();
            ArchivedDossier dossier = o.dossiers.get(d.archiveId());
            if (dossier == null) {
                dossier = ArchivedDossier.migrated(d, a.unitCode(), migrationId, now);
                dossiers.persist(dossier);
            } else {
                dossier.recordMigration(d, a.unitCode(), migrationId, now);
            }
            UnitMapping.OldUnit old = oldUnits.of(d.originalUnitCode());
            dossier.index(units::nameOf, old == null ? null : old.name(), tokens);
            written.add(dossier);
            entries.addAll(timeline.of(d, a.unitCode(), !o.dossiers.containsKey(d.archiveId()), migrationId, now));
        }
        entityManager.flush(); // the new dossiers, before the entries that belong to them
        timelines.add(entries);
        results.keepAll(written);
        return applicants.keepAll(o.accepted.stream().map(CheckedRow.Accepted::dossier).toList(), now);
    }

    /** The chunk's rows sorted out against what the archive holds, as if applied one after the other. */
    private static final class Outcome {
        final List<CheckedRow.Accepted> accepted = new ArrayList<>();
        final Map<UUID, CheckedRow.Accepted> toWrite = new LinkedHashMap<>();
        final Map<UUID, CheckedRow.Held> held = new LinkedHashMap<>();
        final List<CheckedRow.Rejected> rejected = new ArrayList<>();
        Map<UUID, ArchivedDossier> dossiers = Map.of(); // those the archive held before the chunk, locked
        long imported;
        long merged;
        long alreadyPresent;
        long heldDuplicates;
        long rowsWithApplicant;
    }

    /**
     * A chunk's dossiers are written by one transaction at a time, whichever import they belong to: two imports
     * bringing the same dossier (two exports of one system) then see each other's dossiers and never insert it twice.
     * The live archive never meets a migrated dossier (their ids differ) and does not wait for this.
     */
    private static void takeArchiveTurn(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, ARCHIVE_TURN);
            lock.executeQuery().close();
        }
    }

    /** Sorts the rows out; the dossiers the archive holds for the accepted rows are locked. */
    private Outcome sort(List<CheckedRow> rows) {
        Outcome o = new Outcome();
        Set<UUID> accepted = new HashSet<>();
        Set<UUID> held = new HashSet<>();
        for (CheckedRow row : rows) {
            if (row instanceof CheckedRow.Accepted a) {
                accepted.add(a.dossier().archiveId());
            } else if (row instanceof CheckedRow.Held h) {
                held.add(h.dossier().archiveId());
            } else {
                o.rejected.add((CheckedRow.Rejected) row);
            }
        }
        o.dossiers = dossiers.lockAll(accepted);
        held.removeAll(accepted);
        Map<UUID, Instant> state = new HashMap<>(); // what the archive held before the chunk: id → source's last change
        o.dossiers.forEach((id, d) -> state.put(id, d.sourceUpdatedAt()));
        dossiers.known(held).forEach(id -> state.put(id, null));
        for (CheckedRow row : rows) {
            if (row instanceof CheckedRow.Accepted a) {
                accept(o, state, a);
            } else if (row instanceof CheckedRow.Held h) {
                UUID id = h.dossier().archiveId();
                if (state.containsKey(id)) {
                    o.alreadyPresent++; // placed earlier, by a rule or a person
                } else if (o.held.putIfAbsent(id, h) != null) {
                    o.heldDuplicates++;
                    if (h.dossier().sourceUpdatedAt().isAfter(o.held.get(id).dossier().sourceUpdatedAt())) {
                        o.held.put(id, h);
                    }
                }
            }
        }
        return o;
    }

    private static void accept(Outcome o, Map<UUID, Instant> state, CheckedRow.Accepted a) {
        o.accepted.add(a);
        if (a.dossier().applicantReference() != null) {
            o.rowsWithApplicant++;
        }
        UUID id = a.dossier().archiveId();
        Instant at = a.dossier().sourceUpdatedAt();
        if (!state.containsKey(id)) {
            o.imported++;
        } else if (state.get(id) == null || at.isAfter(state.get(id))) {
            o.merged++;
        } else {
            o.alreadyPresent++;
            return;
        }
        state.put(id, at);
        o.toWrite.put(id, a);
    }

    private void writeHeld(Connection c, UUID migrationId, Collection<CheckedRow.Held> held) throws SQLException {
        if (held.isEmpty()) {
            return;
        }
        List<CheckedRow.Held> list = List.copyOf(held);
        List<String> dossiers = new ArrayList<>();
        for (CheckedRow.Held h : list) {
            try {
                dossiers.add(json.writeValueAsString(h.dossier()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a checked dossier is always writable as JSON", e);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO migration_review (id, origin_system, original_code, migration_id, row_number, original_unit_code,
                                              candidate_units, address, dossier, source_updated_at, status)
                SELECT h.id, h.sys, h.code, ?, h.row, h.unit, h.candidates::jsonb, h.address, h.dossier, h.updated, 'OPEN'
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::timestamptz[]) AS h(id, sys, code, row, unit, candidates, address, dossier, updated)
                ON CONFLICT (id) DO UPDATE SET dossier = EXCLUDED.dossier, address = EXCLUDED.address,
                    source_updated_at = EXCLUDED.source_updated_at, migration_id = EXCLUDED.migration_id,
                    row_number = EXCLUDED.row_number
                WHERE migration_review.status = 'OPEN'
                      AND migration_review.source_updated_at < EXCLUDED.source_updated_at""")) {
            insert.setObject(1, migrationId);
            insert.setArray(2, c.createArrayOf("uuid", list.stream().map(h -> h.dossier().archiveId()).toArray()));
            insert.setArray(3, c.createArrayOf("text", list.stream().map(h -> h.dossier().system().name()).toArray()));
            insert.setArray(4, c.createArrayOf("text", list.stream().map(h -> h.dossier().originalCode()).toArray()));
            insert.setArray(5, c.createArrayOf("bigint", list.stream().map(CheckedRow.Held::number).toArray()));
            insert.setArray(6, c.createArrayOf("text", list.stream().map(h -> h.dossier().originalUnitCode()).toArray()));
            insert.setArray(7, c.createArrayOf("text", list.stream().map(h -> jsonOf(h.candidates())).toArray()));
            // the address and the dossier name the applicant: encrypted, as the archive keeps names
            insert.setArray(8, c.createArrayOf("text", list.stream().map(h -> cipher.encrypt(h.dossier().address())).toArray()));
            insert.setArray(9, c.createArrayOf("text", dossiers.stream().map(cipher::encrypt).toArray()));
            insert.setArray(10, c.createArrayOf("timestamptz", list.stream()
                    .map(h -> h.dossier().sourceUpdatedAt() == null ? null : Timestamp.from(h.dossier().sourceUpdatedAt()))
                    .toArray()));
            insert.executeUpdate();
        }
    }

    private String jsonOf(List<String> unitCodes) {
        try {
            return json.writeValueAsString(unitCodes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unit codes are always writable as JSON", e);
        }
    }
}
