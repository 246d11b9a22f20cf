package org.motcua.records.domain.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Lô chuyển đổi: the import of one export file of a pre-merger system. Its counts and checkpoint are written by
 * {@link MigrationChunkWriter} with the rows they count; this entity reads them.
 */
@Entity
@Table(name = "migration")
public class Migration {

    /** Where an import stands. */
    public enum Status {
        RUNNING, COMPLETED, FAILED
    }

    @Id
    private UUID id;
    @Convert(converter = SourceSystemColumn.class)
    @Column(name = "source_system")
    private SourceSystem sourceSystem;
    @Enumerated(EnumType.STRING)
    private ExportFormat format;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "file_sha256")
    private String fileSha256;
    @Column(name = "file_bytes")
    private long fileBytes;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    private String failure;
    @Column(name = "rows_read")
    private long rowsRead;
    @Column(name = "bytes_read")
    private long bytesRead;
    private long imported;
    private long merged;
    @Column(name = "already_present")
    private long alreadyPresent;
    @Column(name = "held_for_review")
    private long heldForReview;
    private long rejected;
    @Column(name = "applicants_new")
    private long applicantsNew;
    @Column(name = "applicants_known")
    private long applicantsKnown;
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;
    @Column(name = "run_started_at")
    private Instant runStartedAt;
    @Column(name = "run_rows_at_start")
    private long runRowsAtStart;

    protected Migration() {
    }

    public Migration(UUID id, SourceSystem sourceSystem, ExportFormat format, String fileName, String fileSha256,
            long fileBytes, String startedBy, Instant startedAt) {
        this.id = id;
        this.sourceSystem = sourceSystem;
        this.format = format;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.fileBytes = fileBytes;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = Status.RUNNING;
    }

    /** What became of the rows read so far. */
    public ChunkCounts counts() {
        return new ChunkCounts(imported, merged, alreadyPresent, heldForReview, rejected, applicantsNew, applicantsKnown);
    }

    /** Rows per second of the current (or last) run, since it started or resumed. */
    public double ratePerSecond(Instant now) {
        if (runStartedAt == null) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : status == Status.RUNNING ? now : heartbeatAt;
        double seconds = Duration.between(runStartedAt, end == null ? now : end).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : (rowsRead - runRowsAtStart) / seconds;
    }

    /** How far into the file the import is, 0 to 100. */
    public double percent() {
        if (status == Status.COMPLETED || fileBytes == 0) {
            return 100;
        }
        return Math.min(99.9, 100.0 * bytesRead / fileBytes);
    }

    public UUID id() {
        return id;
    }

    public SourceSystem sourceSystem() {
        return sourceSystem;
    }

    public ExportFormat format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public long fileBytes() {
        return fileBytes;
    }

    public Status status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long runRowsAtStart() {
        return runRowsAtStart;
    }
}
