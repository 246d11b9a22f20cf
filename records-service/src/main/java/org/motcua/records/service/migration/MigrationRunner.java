package org.motcua.records.service.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.motcua.records.config.MigrationConfig;
import org.motcua.records.domain.migration.CheckedRow;
import org.motcua.records.domain.migration.ChunkCounts;
import org.motcua.records.domain.migration.Migration;
import org.motcua.records.domain.migration.MigrationRepository;
import org.motcua.records.domain.migration.UnitRules;
import org.motcua.records.service.audit.AuditLog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs imports in the background, one at a time per instance, a chunk of rows per transaction. An import whose
 * instance stopped (crash, kill, redeploy) is resumed after its checkpoint by whichever instance sees it first.
 */
@ApplicationScoped
public class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class);

    private final String instance = UUID.randomUUID().toString();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "migration-runner");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    private final MigrationRepository migrations;
    private final RowChecker checker;
    private final MigrationChunkWriter writer;
    private final ExportFiles files;
    private final AuditLog audit;
    private final int chunkRows;

    MigrationRunner(MigrationRepository migrations, RowChecker checker, MigrationChunkWriter writer, ExportFiles files,
            AuditLog audit, MigrationConfig config) {
        this.migrations = migrations;
        this.checker = checker;
        this.writer = writer;
        this.files = files;
        this.audit = audit;
        this.chunkRows = config.chunkRows();
    }

    /** Runs the import in the background, unless this instance already has it queued. */
    public void submit(UUID id) {
        if (!stopping && queued.add(id)) {
            worker.execute(() -> {
                try {
                    run(id, Long.MAX_VALUE);
                } finally {
                    queued.remove(id);
                }
            });
        }
    }

    /** Resumes imports whose instance stopped. */
    @Scheduled(every = "${motcua.migrations.sweep-every:15s}", delayed = "${motcua.migrations.sweep-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "migration-sweep")
    void resumeAbandoned() {
        QuarkusTransaction.requiringNew().call(migrations::abandoned).forEach(this::submit);
    }

    /**
     * Runs the import from its checkpoint for at most {@code maxChunks} chunks (the background run has no limit).
     * Returns true if the import ended (completed or failed) in this call.
     */
    public boolean run(UUID id, long maxChunks) {
        if (!QuarkusTransaction.requiringNew().call(() -> migrations.claim(id, instance))) {
            return false; // another instance runs it
        }
        Migration migration = QuarkusTransaction.requiringNew().call(() -> {
            Migration m = migrations.find(id);
            audit.append("migration:" + id, AuditLog.Action.MIGRATION_STARTED, "migration", id.toString(),
                    (m.rowsRead() == 0 ? "started" : "resumed after row " + m.rowsRead()) + ": " + m.sourceSystem() + " "
                            + m.format() + " file sha256=" + m.fileSha256());
            return m;
        });
        UnitRules rules = QuarkusTransaction.requiringNew().call(migrations::rules);
        long last = migration.rowsRead();
        try (ExportReader reader = ExportReader.open(files.pathOf(migration.fileSha256()), migration.format())) {
            skip(reader, last);
            List<CheckedRow> chunk = new ArrayList<>(chunkRows);
            for (long chunks = 0; chunks < maxChunks && !stopping; chunks++) {
                chunk.clear();
                SourceRow row = null;
                while (chunk.size() < chunkRows && (row = reader.next()) != null) {
                    chunk.add(checker.check(migration.sourceSystem(), row, rules));
                    last = row.number();
                }
                if (!chunk.isEmpty()) {
                    writer.write(id, instance, chunk, last, reader.bytesRead());
                }
                if (row == null) {
                    end(migration, Migration.Status.COMPLETED, null);
                    return true;
                }
            }
            if (stopping) {
                QuarkusTransaction.requiringNew().run(() -> migrations.release(id, instance));
            }
            return false;
        } catch (MigrationChunkWriter.ClaimLostException e) {
            LOG.warnf("import %s: taken over by another instance after row %d", id, last);
            return false;
        } catch (IOException | RuntimeException e) {
            // the message may quote the file's data: only its kind is kept and logged
            LOG.errorf("import %s failed after row %d: %s", id, last, e.getClass().getName());
            end(migration, Migration.Status.FAILED, "Dừng sau dòng " + last + " vì lỗi " + e.getClass().getSimpleName()
                    + "; gửi lại tệp để tiếp tục từ dòng " + (last + 1));
            return true;
        }
    }

    private static void skip(ExportReader reader, long rows) throws IOException {
        for (long i = 0; i < rows; i++) {
            if (reader.next() == null) {
                return;
            }
        }
    }

    private void end(Migration migration, Migration.Status status, String failure) {
        UUID id = migration.id();
        QuarkusTransaction.requiringNew().run(() -> {
            if (migrations.finish(id, instance, status, failure)) {
                Migration ended = migrations.find(id);
                ChunkCounts c = ended.counts();
                audit.append("migration:" + id, AuditLog.Action.MIGRATION_ENDED, "migration", id.toString(),
                        status + " after row " + ended.rowsRead() + ": imported " + c.imported() + ", merged " + c.merged()
                                + ", already present " + c.alreadyPresent() + ", held " + c.heldForReview() + ", rejected "
                                + c.rejected());
            }
        });
        if (status == Migration.Status.COMPLETED) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (migrations.unfinished(migration.sourceSystem(), migration.fileSha256()) == null) {
                    files.discard(migration.fileSha256());
                }
            });
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true; // the running import stops after its current chunk and lets go of its claim
        worker.shutdown();
        worker.awaitTermination(20, TimeUnit.SECONDS);
    }
}
