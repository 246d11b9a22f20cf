package org.motcua.records.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.records.domain.migration.ChunkCounts;
import org.motcua.records.domain.migration.Migration;

/** An import of a pre-merger system's export and how far it is. */
@Schema(name = "Migration")
public record MigrationView(
        UUID id,
        @Schema(description = "Hệ thống cũ: QNG (Quảng Ngãi), KTM (Kon Tum)") String sourceSystem,
        String sourceSystemName,
        @Schema(description = "CSV hoặc JSON (JSON Lines)") String format,
        String fileName,
        String fileSha256,
        long fileBytes,
        @Schema(description = "RUNNING, COMPLETED, FAILED") String status,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Vì sao lô dừng (FAILED); gửi lại tệp để tiếp tục") String failure,
        @Schema(description = "Số dòng đã đọc (điểm dừng: lần chạy sau tiếp tục từ dòng kế tiếp)") long rowsRead,
        @Schema(description = "Tiến độ theo dung lượng tệp, 0–100") double percent,
        @Schema(description = "Tốc độ của lần chạy hiện tại (hoặc lần cuối), dòng/giây") double ratePerSecond,
        Counts counts,
        Applicants applicants) {

    /** What became of the rows read. */
    public record Counts(
            @Schema(description = "Hồ sơ mới đưa vào kho") long imported,
            @Schema(description = "Dòng là trạng thái mới hơn của hồ sơ đã có: gộp vào hồ sơ đó") long merged,
            @Schema(description = "Dòng không có gì mới hơn kho đang giữ (chạy lại không nhập hai lần)") long alreadyPresent,
            @Schema(description = "Hồ sơ của xã được chia cho nhiều đơn vị mới, chờ người xem xét") long heldForReview,
            @Schema(description = "Dòng bị từ chối, có lý do") long rejected) {
    }

    /** Applicants: each accepted row with a citizen ID introduced a new applicant or matched a known one. */
    public record Applicants(long newApplicants, long matchedKnown) {
    }

    static MigrationView of(Migration m, Instant now) {
        ChunkCounts c = m.counts();
        return new MigrationView(m.id(), m.sourceSystem().name(), m.sourceSystem().displayName(), m.format().name(),
                m.fileName(), m.fileSha256(), m.fileBytes(), m.status().name(), m.startedBy(), m.startedAt(), m.finishedAt(),
                m.failure(), m.rowsRead(), Math.round(m.percent() * 10) / 10.0, Math.round(m.ratePerSecond(now) * 10) / 10.0,
                new Counts(c.imported(), c.merged(), c.alreadyPresent(), c.heldForReview(), c.rejected()),
                new Applicants(c.applicantsNew(), c.applicantsKnown()));
    }
}
