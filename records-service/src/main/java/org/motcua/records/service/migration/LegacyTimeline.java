package org.motcua.records.service.migration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.records.domain.TimelineEntry;
import org.motcua.records.domain.migration.LegacyDossier;

/**
 * The timeline of a migrated dossier: where it came from, then the old system's steps at their dates. Each entry's
 * id is derived from the dossier's original code and the step, so a second import or a later state adds only what
 * is new.
 */
@ApplicationScoped
public class LegacyTimeline {

    static final String SOURCE = "/motcua/records/migration";
    static final String MIGRATED = "org.motcua.records.dossier-migrated";
    static final String LEGACY_STEP = "org.motcua.records.legacy-step";

    private final UnitMapping oldUnits;
    private final UnitDirectory units;

    LegacyTimeline(UnitMapping oldUnits, UnitDirectory units) {
        this.oldUnits = oldUnits;
        this.units = units;
    }

    /** The entries of a dossier archived at {@code unit}: first imported ({@code created}) or a later state merged. */
    public List<TimelineEntry> of(LegacyDossier d, String unit, boolean created, UUID migrationId, Instant now) {
        UUID id = d.archiveId();
        String key = "migration:" + d.system().name() + ":" + d.originalCode();
        UnitMapping.OldUnit old = oldUnits.of(d.originalUnitCode());
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(created
                ? entry(id, key, MIGRATED, now, "Chuyển đổi từ " + d.system().displayName() + ": mã hồ sơ gốc "
                        + d.originalCode() + ", đơn vị cũ " + old.name() + " (" + old.code() + ") → " + units.nameOf(unit)
                        + " (" + unit + "), lô chuyển đổi " + migrationId, unit)
                : entry(id, key + ":updated:" + d.sourceUpdatedAt().toEpochMilli(), MIGRATED, now,
                        "Cập nhật theo bản xuất sau của hệ thống cũ, lô chuyển đổi " + migrationId, unit));
        entries.add(entry(id, key + ":received", LEGACY_STEP, d.receivedAt(), "Tiếp nhận hồ sơ " + d.originalCode()
                + " – " + d.procedureName() + " tại " + old.name() + " (hệ thống cũ)", unit));
        if ("SUPPLEMENTATION_REQUESTED".equals(d.status())) {
            entries.add(entry(id, key + ":supplement", LEGACY_STEP, d.sourceUpdatedAt(),
                    "Yêu cầu bổ sung hồ sơ" + suffix(d.reasons()), unit));
        } else if ("WITHDRAWN".equals(d.status())) {
            entries.add(entry(id, key + ":withdrawn", LEGACY_STEP, d.finishedAt(),
                    "Dừng giải quyết theo đề nghị của người nộp" + suffix(d.reasons()), unit));
        }
        if ("APPROVED".equals(d.decision())) {
            entries.add(entry(id, key + ":decided", LEGACY_STEP, d.decidedAt(), "Đã giải quyết"
                    + suffix(d.resultReference()), unit));
        } else if ("REFUSED".equals(d.decision())) {
            entries.add(entry(id, key + ":decided", LEGACY_STEP, d.decidedAt(), "Từ chối giải quyết"
                    + suffix(d.reasons()), unit));
        }
        if (d.returnedAt() != null) {
            entries.add(entry(id, key + ":returned", LEGACY_STEP, d.returnedAt(), "Trả kết quả cho người nộp", unit));
        }
        return entries;
    }

    private static TimelineEntry entry(UUID dossierId, String eventId, String type, Instant at, String title, String unit) {
        return new TimelineEntry(dossierId, eventId, type, SOURCE, at, title, unit);
    }

    private static String suffix(String text) {
        return text == null ? "" : ": " + text;
    }
}
