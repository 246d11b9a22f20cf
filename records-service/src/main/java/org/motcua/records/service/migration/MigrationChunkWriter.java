package org.motcua.records.service.migration;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.motcua.platformkit.data.Digests;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.records.domain.ApplicantResult;
import org.motcua.records.domain.ApplicantResultRepository;
import org.motcua.records.domain.SearchText;
import org.motcua.records.domain.migration.ChunkCounts;
import org.motcua.records.service.audit.AuditLog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a run of checked rows and moves the import's checkpoint past them, in one transaction: the dossiers
 * (inserted, or updated when the row is a later state), their timelines, applicants, results, held rows and
 * rejections, one audit entry, and the counts. A constant number of statements however many rows.
 */
@ApplicationScoped
public class MigrationChunkWriter {

    private final EntityManager entityManager;
    private final UnitMapping oldUnits;
    private final UnitDirectory units;
    private final LegacyTimeline timeline;
    private final AuditLog audit;
    private final ApplicantResultRepository results;
    private final ObjectMapper json;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    MigrationChunkWriter(EntityManager entityManager, UnitMapping oldUnits, UnitDirectory units, LegacyTimeline timeline,
            AuditLog audit, ApplicantResultRepository results, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.oldUnits = oldUnits;
        this.units = units;
        this.timeline = timeline;
        this.audit = audit;
        this.results = results;
        this.json = json;
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
        Outcome outcome = entityManager.unwrap(Session.class).doReturningWork(c -> {
            lockClaim(c, migrationId, claim);
            Outcome o = sort(c, rows);
            long applicantsNew = writeArchived(c, migrationId, o, now);
            writeHeld(c, migrationId, o.held.values());
            writeRejections(c, migrationId, o.rejected);
            ChunkCounts counts = new ChunkCounts(o.imported, o.merged, o.alreadyPresent, o.held.size() + o.heldDuplicates,
                    o.rejected.size(), applicantsNew, o.rowsWithApplicant - applicantsNew);
            advance(c, migrationId, counts, lastRow, bytesRead);
            o.counts = counts;
            return o;
        });
        audit.append("migration:" + migrationId, AuditLog.Action.MIGRATION_ROWS_IMPORTED, "migration", migrationId.toString(),
                "rows ≤ " + lastRow + ": imported " + outcome.counts.imported() + ", merged " + outcome.counts.merged()
                        + ", already present " + outcome.counts.alreadyPresent() + ", held " + outcome.counts.heldForReview()
                        + ", rejected " + outcome.counts.rejected() + "; dossiers written sha256="
                        + Digests.sha256Hex(outcome.toWrite.keySet().stream().sorted().map(UUID::toString)
                                .collect(Collectors.joining("\n"))));
        return outcome.counts;
    }

    /** Archives a held dossier that a person placed, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(UUID migrationId, CheckedRow.Accepted row) {
        Instant now = clock.instant();
        entityManager.unwrap(Session.class).doWork(c -> writeArchived(c, migrationId, sort(c, List.of(row)), now));
    }

    /** Writes the dossiers to archive and what goes with them; returns how many applicants were new. */
    private long writeArchived(Connection c, UUID migrationId, Outcome o, Instant now) throws SQLException {
        writeDossiers(c, migrationId, o.toWrite.values(), now);
        writeTimeline(c, migrationId, o, now);
        writeResults(o.toWrite.values());
        return writeApplicants(c, o.accepted, now);
    }

    /** The chunk's rows sorted out against what the archive holds, as if applied one after the other. */
    private static final class Outcome {
        final List<CheckedRow.Accepted> accepted = new ArrayList<>();
        final Map<UUID, CheckedRow.Accepted> toWrite = new LinkedHashMap<>();
        final Map<UUID, Boolean> created = new HashMap<>();
        final Map<UUID, CheckedRow.Held> held = new LinkedHashMap<>();
        final List<CheckedRow.Rejected> rejected = new ArrayList<>();
        long imported;
        long merged;
        long alreadyPresent;
        long heldDuplicates;
        long rowsWithApplicant;
        ChunkCounts counts;
    }

    private static void lockClaim(Connection c, UUID migrationId, String claim) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(
                "SELECT 1 FROM migration WHERE id = ? AND claimed_by = ? AND status = 'RUNNING' FOR UPDATE")) {
            lock.setObject(1, migrationId);
            lock.setString(2, claim);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    throw new ClaimLostException(migrationId);
                }
            }
        }
    }

    private static Outcome sort(Connection c, List<CheckedRow> rows) throws SQLException {
        Outcome o = new Outcome();
        List<UUID> ids = new ArrayList<>();
        for (CheckedRow row : rows) {
            if (row instanceof CheckedRow.Accepted a) {
                ids.add(a.dossier().archiveId());
            } else if (row instanceof CheckedRow.Held h) {
                ids.add(h.dossier().archiveId());
            } else {
                o.rejected.add((CheckedRow.Rejected) row);
            }
        }
        Map<UUID, Instant> state = archived(c, ids);
        for (CheckedRow row : rows) {
            if (row instanceof CheckedRow.Accepted a) {
                o.accepted.add(a);
                if (a.dossier().applicantReference() != null) {
                    o.rowsWithApplicant++;
                }
                UUID id = a.dossier().archiveId();
                Instant at = a.dossier().sourceUpdatedAt();
                if (!state.containsKey(id)) {
                    o.imported++;
                    o.created.put(id, true);
                } else if (state.get(id) == null || at.isAfter(state.get(id))) {
                    o.merged++;
                } else {
                    o.alreadyPresent++;
                    continue;
                }
                state.put(id, at);
                o.toWrite.put(id, a);
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

    private static Map<UUID, Instant> archived(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, Instant> state = new HashMap<>();
        if (ids.isEmpty()) {
            return state;
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, source_updated_at FROM archived_dossier WHERE id = ANY (?) FOR UPDATE")) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(2);
                    state.put(rs.getObject(1, UUID.class), at == null ? null : at.toInstant());
                }
            }
        }
        return state;
    }

    private void writeDossiers(Connection c, UUID migrationId, Collection<CheckedRow.Accepted> rows, Instant now)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO archived_dossier (id, code, original_code, origin_system, original_unit_code, procedure_code,
                    procedure_name, field, applicant_full_name, applicant_reference, receiving_unit_code, processing_unit_code,
                    channel, status, submitted_at, decision, decision_reasons, result_reference, decided_at,
                    result_returned_at, closed_at, source_updated_at, search_text, migration_id, updated_at)
                SELECT d.id, d.code, d.code, d.sys, d.old_unit, d.procedure_code, d.procedure_name, d.field, d.applicant,
                       d.reference, d.unit, d.unit, d.channel, d.status, d.received, d.decision, d.reasons, d.result,
                       d.decided, d.returned, d.closed, d.updated, d.search, ?, ?
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[],
                            ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::text[])
                     AS d(id, code, sys, old_unit, procedure_code, procedure_name, field, applicant, reference, unit,
                          channel, received, status, decision, result, decided, returned, closed, updated, search, reasons)
                ON CONFLICT (id) DO UPDATE SET procedure_code = EXCLUDED.procedure_code,
                    procedure_name = EXCLUDED.procedure_name, field = EXCLUDED.field,
                    applicant_full_name = EXCLUDED.applicant_full_name, applicant_reference = EXCLUDED.applicant_reference,
                    receiving_unit_code = EXCLUDED.receiving_unit_code, processing_unit_code = EXCLUDED.processing_unit_code,
                    channel = EXCLUDED.channel, status = EXCLUDED.status, submitted_at = EXCLUDED.submitted_at,
                    decision = EXCLUDED.decision, decision_reasons = EXCLUDED.decision_reasons,
                    result_reference = EXCLUDED.result_reference, decided_at = EXCLUDED.decided_at,
                    result_returned_at = EXCLUDED.result_returned_at, closed_at = EXCLUDED.closed_at,
                    source_updated_at = EXCLUDED.source_updated_at, search_text = EXCLUDED.search_text,
                    migration_id = EXCLUDED.migration_id, updated_at = EXCLUDED.updated_at,
                    version = archived_dossier.version + 1
                WHERE archived_dossier.source_updated_at < EXCLUDED.source_updated_at""")) {
            int i = 1;
            upsert.setObject(i++, migrationId);
            upsert.setTimestamp(i++, Timestamp.from(now));
            List<CheckedRow.Accepted> list = List.copyOf(rows);
            upsert.setArray(i++, c.createArrayOf("uuid", list.stream().map(a -> a.dossier().archiveId()).toArray()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().originalCode()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().system().name()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().originalUnitCode()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().procedureCode()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().procedureName()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().field()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().applicantName()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().applicantReference()));
            upsert.setArray(i++, texts(c, list, CheckedRow.Accepted::unitCode));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().channel()));
            upsert.setArray(i++, times(c, list, a -> a.dossier().receivedAt()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().status()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().decision()));
            upsert.setArray(i++, texts(c, list, a -> a.dossier().resultReference()));
            upsert.setArray(i++, times(c, list, a -> a.dossier().decidedAt()));
            upsert.setArray(i++, times(c, list, a -> a.dossier().returnedAt()));
            upsert.setArray(i++, times(c, list, a -> a.dossier().closedAt()));
            upsert.setArray(i++, times(c, list, a -> a.dossier().sourceUpdatedAt()));
            upsert.setArray(i++, texts(c, list, this::searchText));
            upsert.setArray(i, texts(c, list, a -> a.dossier().reasons()));
            upsert.executeUpdate();
        }
    }

    /** Code, original code, applicant, procedure, field, the new unit's and the old commune's names. */
    private String searchText(CheckedRow.Accepted a) {
        LegacyDossier d = a.dossier();
        UnitMapping.OldUnit old = oldUnits.of(d.originalUnitCode());
        return SearchText.of(d.originalCode(), d.applicantName(), d.procedureCode(), d.procedureName(), d.field(),
                units.nameOf(a.unitCode()), old == null ? null : old.name());
    }

    private void writeTimeline(Connection c, UUID migrationId, Outcome o, Instant now) throws SQLException {
        List<LegacyTimeline.Entry> entries = new ArrayList<>();
        for (CheckedRow.Accepted a : o.toWrite.values()) {
            entries.addAll(timeline.of(a.dossier(), a.unitCode(), o.created.containsKey(a.dossier().archiveId()), migrationId,
                    now));
        }
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO timeline_entry (dossier_id, event_id, event_type, source, occurred_at, title, unit_code)
                SELECT e.dossier, e.event, e.type, ?, e.at, e.title, e.unit
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[])
                     AS e(dossier, event, type, at, title, unit)
                ON CONFLICT (event_id) DO NOTHING""")) {
            insert.setString(1, LegacyTimeline.SOURCE);
            insert.setArray(2, c.createArrayOf("uuid", entries.stream().map(LegacyTimeline.Entry::dossierId).toArray()));
            insert.setArray(3, c.createArrayOf("text", entries.stream().map(LegacyTimeline.Entry::eventId).toArray()));
            insert.setArray(4, c.createArrayOf("text", entries.stream().map(LegacyTimeline.Entry::type).toArray()));
            insert.setArray(5, c.createArrayOf("timestamptz", entries.stream().map(e -> utc(e.at())).toArray()));
            insert.setArray(6, c.createArrayOf("text", entries.stream().map(LegacyTimeline.Entry::title).toArray()));
            insert.setArray(7, c.createArrayOf("text", entries.stream().map(LegacyTimeline.Entry::unitCode).toArray()));
            insert.executeUpdate();
        }
    }

    /** The approved results with their applicant go to the applicants' data store, as the live archive's do. */
    private void writeResults(Collection<CheckedRow.Accepted> rows) {
        results.keepAll(rows.stream()
                .filter(a -> "APPROVED".equals(a.dossier().decision()) && a.dossier().resultReference() != null
                        && a.dossier().applicantReference() != null)
                .map(a -> new ApplicantResultRepository.Item(a.dossier().applicantReference(), new ApplicantResult(
                        a.dossier().archiveId(), a.dossier().originalCode(), a.dossier().procedureCode(),
                        a.dossier().procedureName(), a.dossier().field(), a.dossier().resultReference(), a.unitCode(),
                        a.dossier().decidedAt(), a.dossier().returnedAt())))
                .toList());
    }

    /** Upserts the chunk's applicants, one per person; returns how many the archive did not know. */
    private static long writeApplicants(Connection c, List<CheckedRow.Accepted> rows, Instant now) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        for (CheckedRow.Accepted a : rows) {
            String reference = a.dossier().applicantReference();
            if (reference != null) {
                names.merge(reference, a.dossier().applicantName(), (kept, other) -> accented(kept) ? kept : other);
            }
        }
        if (names.isEmpty()) {
            return 0;
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO applicant (reference, full_name, accented, first_seen_at)
                SELECT a.reference, a.name, a.accented, ? FROM unnest(?::text[], ?::text[], ?::boolean[]) AS a(reference, name, accented)
                ON CONFLICT (reference) DO UPDATE SET full_name = EXCLUDED.full_name, accented = true
                    WHERE NOT applicant.accented AND EXCLUDED.accented
                RETURNING (xmax = 0)""")) {
            upsert.setTimestamp(1, Timestamp.from(now));
            upsert.setArray(2, c.createArrayOf("text", names.keySet().toArray()));
            upsert.setArray(3, c.createArrayOf("text", names.values().toArray()));
            upsert.setArray(4, c.createArrayOf("boolean", names.values().stream().map(MigrationChunkWriter::accented).toArray()));
            long inserted = 0;
            try (ResultSet rs = upsert.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(1)) {
                        inserted++;
                    }
                }
            }
            return inserted;
        }
    }

    private static boolean accented(String name) {
        return name.chars().anyMatch(ch -> ch > 127);
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
                                              candidate_units, address, dossier, status)
                SELECT h.id, h.sys, h.code, ?, h.row, h.unit, h.candidates::jsonb, h.address, h.dossier::jsonb, 'OPEN'
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS h(id, sys, code, row, unit, candidates, address, dossier)
                ON CONFLICT (id) DO UPDATE SET dossier = EXCLUDED.dossier, address = EXCLUDED.address,
                    migration_id = EXCLUDED.migration_id, row_number = EXCLUDED.row_number
                WHERE migration_review.status = 'OPEN' AND CAST(migration_review.dossier ->> 'sourceUpdatedAt' AS timestamptz)
                      < CAST(EXCLUDED.dossier ->> 'sourceUpdatedAt' AS timestamptz)""")) {
            insert.setObject(1, migrationId);
            insert.setArray(2, c.createArrayOf("uuid", list.stream().map(h -> h.dossier().archiveId()).toArray()));
            insert.setArray(3, c.createArrayOf("text", list.stream().map(h -> h.dossier().system().name()).toArray()));
            insert.setArray(4, c.createArrayOf("text", list.stream().map(h -> h.dossier().originalCode()).toArray()));
            insert.setArray(5, c.createArrayOf("bigint", list.stream().map(CheckedRow.Held::number).toArray()));
            insert.setArray(6, c.createArrayOf("text", list.stream().map(h -> h.dossier().originalUnitCode()).toArray()));
            insert.setArray(7, c.createArrayOf("text", list.stream().map(h -> jsonOf(h.candidates())).toArray()));
            insert.setArray(8, c.createArrayOf("text", list.stream().map(h -> h.dossier().address()).toArray()));
            insert.setArray(9, c.createArrayOf("text", dossiers.toArray()));
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

    private static void writeRejections(Connection c, UUID migrationId, List<CheckedRow.Rejected> rejected) throws SQLException {
        if (rejected.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO migration_rejection (migration_id, row_number, original_code, reason_code, reason, row_text)
                SELECT ?, r.row, r.code, r.reason_code, r.reason, r.text
                FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r(row, code, reason_code, reason, text)
                ON CONFLICT DO NOTHING""")) {
            insert.setObject(1, migrationId);
            insert.setArray(2, c.createArrayOf("bigint", rejected.stream().map(CheckedRow.Rejected::number).toArray()));
            insert.setArray(3, c.createArrayOf("text", rejected.stream().map(CheckedRow.Rejected::originalCode).toArray()));
            insert.setArray(4, c.createArrayOf("text", rejected.stream().map(CheckedRow.Rejected::reasonCode).toArray()));
            insert.setArray(5, c.createArrayOf("text", rejected.stream().map(CheckedRow.Rejected::reason).toArray()));
            insert.setArray(6, c.createArrayOf("text", rejected.stream().map(CheckedRow.Rejected::text).toArray()));
            insert.executeUpdate();
        }
    }

    private static void advance(Connection c, UUID migrationId, ChunkCounts counts, long lastRow, long bytesRead)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE migration SET rows_read = ?, bytes_read = ?, imported = imported + ?, merged = merged + ?,
                    already_present = already_present + ?, held_for_review = held_for_review + ?, rejected = rejected + ?,
                    applicants_new = applicants_new + ?, applicants_known = applicants_known + ?, heartbeat_at = now()
                WHERE id = ?""")) {
            update.setLong(1, lastRow);
            update.setLong(2, bytesRead);
            update.setLong(3, counts.imported());
            update.setLong(4, counts.merged());
            update.setLong(5, counts.alreadyPresent());
            update.setLong(6, counts.heldForReview());
            update.setLong(7, counts.rejected());
            update.setLong(8, counts.applicantsNew());
            update.setLong(9, counts.applicantsKnown());
            update.setObject(10, migrationId);
            update.executeUpdate();
        }
    }

    private static Array texts(Connection c, List<CheckedRow.Accepted> rows, Function<CheckedRow.Accepted, String> value)
            throws SQLException {
        return c.createArrayOf("text", rows.stream().map(value).toArray());
    }

    private static Array times(Connection c, List<CheckedRow.Accepted> rows, Function<CheckedRow.Accepted, Instant> value)
            throws SQLException {
        return c.createArrayOf("timestamptz", rows.stream().map(a -> utc(value.apply(a))).toArray());
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
