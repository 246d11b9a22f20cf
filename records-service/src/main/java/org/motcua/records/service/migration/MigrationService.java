package org.motcua.records.service.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.records.domain.migration.CheckedRow;
import org.motcua.records.domain.migration.ExportFormat;
import org.motcua.records.domain.migration.LegacyDossier;
import org.motcua.records.domain.migration.Migration;
import org.motcua.records.domain.migration.MigrationRefusedException;
import org.motcua.records.domain.migration.MigrationRepository;
import org.motcua.records.domain.migration.SourceSystem;
import org.motcua.records.domain.migration.UnitRules;
import org.motcua.records.service.audit.AuditLog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Starts and resumes imports, and decides what the import could not: the unit of a split commune's dossier. */
@ApplicationScoped
public class MigrationService {

    private final MigrationRepository migrations;
    private final MigrationRunner runner;
    private final MigrationChunkWriter writer;
    private final ExportFiles files;
    private final UnitMapping oldUnits;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    MigrationService(MigrationRepository migrations, MigrationRunner runner, MigrationChunkWriter writer, ExportFiles files,
            UnitMapping oldUnits, AuditLog audit, ObjectMapper json, Clock clock) {
        this.migrations = migrations;
        this.runner = runner;
        this.writer = writer;
        this.files = files;
        this.oldUnits = oldUnits;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** An uploaded export. */
    public record Upload(Path file, String fileName, SourceSystem system, ExportFormat format, String by) {
    }

    /** The import of the file, and whether it is one that had started before (resumed) rather than a new one. */
    public record Started(Migration migration, boolean resumed) {
    }

    /**
     * Starts importing the file in the background: a new import, or, if an import of the same file has not
     * completed (it crashed, was stopped or failed), that one, from its checkpoint.
     */
    public Started start(Upload upload) {
        Started started = register(upload);
        runner.submit(started.migration().id());
        return started;
    }

    /** Checks and keeps the file, and records its import (new or resumed) without running it. */
    public Started register(Upload upload) {
        checkReadable(upload.file(), upload.format());
        ExportFiles.Kept kept = files.keep(upload.file());
        return QuarkusTransaction.requiringNew().call(() -> {
            Migration unfinished = migrations.unfinished(upload.system(), kept.sha256());
            if (unfinished != null) {
                migrations.reopen(unfinished.id());
                return new Started(unfinished, true);
            }
            Migration migration = new Migration(UUID.randomUUID(), upload.system(), upload.format(),
                    upload.fileName() == null ? kept.sha256() : upload.fileName(), kept.sha256(), kept.bytes(), upload.by(),
                    clock.instant());
            migrations.persist(migration);
            return new Started(migration, false);
        });
    }

    /** Refuses, before anything is kept, an empty file, a CSV without the required columns, or a file that is not JSON Lines. */
    private static void checkReadable(Path file, ExportFormat format) {
        try {
            if (Files.size(file) == 0) {
                throw MigrationRefusedException.empty();
            }
            try (ExportReader reader = ExportReader.open(file, format)) {
                SourceRow first = reader.next();
                if (first == null) {
                    throw MigrationRefusedException.empty();
                }
                if (format == ExportFormat.JSON && first.defect() != null) {
                    throw MigrationRefusedException.unreadable("dòng đầu không phải một đối tượng JSON ("
                            + first.defect() + "); mỗi dòng của tệp JSON là một hồ sơ (JSON Lines)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public Migration get(UUID id) {
        Migration migration = migrations.find(id);
        if (migration == null) {
            throw new ResourceNotFoundException("Lô chuyển đổi", id);
        }
        return migration;
    }

    /** Places a held dossier in one of its candidate units, as a person decided. */
    @Transactional
    public MigrationRepository.Review decide(UUID reviewId, String unitCode, String by) {
        MigrationRepository.Review review = migrations.lockReview(reviewId);
        if (review == null) {
            throw new ResourceNotFoundException("Hồ sơ chờ xem xét", reviewId);
        }
        if (!"OPEN".equals(review.status())) {
            throw MigrationRefusedException.review("Hồ sơ " + review.originalCode() + " đã được xếp vào đơn vị "
                    + review.decidedUnitCode());
        }
        if (!review.candidates().contains(unitCode)) {
            throw MigrationRefusedException.badValue("unitCode", "Đơn vị phải là một trong " + String.join(", ", review.candidates()));
        }
        LegacyDossier dossier;
        try {
            dossier = json.readValue(review.dossierJson(), LegacyDossier.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a held dossier is always readable", e);
        }
        writer.place(review.migrationId(), new CheckedRow.Accepted(review.rowNumber(), dossier, unitCode));
        migrations.decideReview(reviewId, unitCode, by);
        audit.append(by, AuditLog.Action.MIGRATION_REVIEW_DECIDED, "dossier", dossier.archiveId().toString(),
                review.system() + " " + review.originalCode() + ": " + review.originalUnitCode() + " → " + unitCode);
        return migrations.lockReview(reviewId);
    }

    /** Replaces the rules of a split commune; each rule's unit must be one the commune was split into. */
    @Transactional
    public List<UnitRules.Rule> replaceRules(String originalUnitCode, List<UnitRules.Rule> rules, String by) {
        UnitMapping.OldUnit unit = oldUnits.of(originalUnitCode);
        if (unit == null || !unit.isSplit()) {
            throw MigrationRefusedException.badValue("originalUnitCode", "Đơn vị cũ " + originalUnitCode
                    + " không phải đơn vị được chia cho nhiều đơn vị mới");
        }
        for (UnitRules.Rule rule : rules) {
            if (rule.addressKeyword() == null || rule.addressKeyword().isBlank()) {
                throw MigrationRefusedException.badValue("addressKeyword", "Từ khóa địa chỉ không được để trống");
            }
            if (!unit.newUnitCodes().contains(rule.newUnitCode())) {
                throw MigrationRefusedException.badValue("newUnitCode", "Đơn vị mới phải là một trong "
                        + String.join(", ", unit.newUnitCodes()));
            }
        }
        migrations.replaceRules(originalUnitCode, rules, by, clock.instant());
        audit.append(by, AuditLog.Action.MIGRATION_RULE_CHANGED, "unit", originalUnitCode, rules.toString());
        return migrations.rules().byOldUnit().getOrDefault(originalUnitCode, List.of());
    }
}
