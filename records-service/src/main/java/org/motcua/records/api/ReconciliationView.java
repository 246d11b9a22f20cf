package org.motcua.records.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.records.domain.migration.ChunkCounts;
import org.motcua.records.domain.migration.Migration;

/** The reconciliation report of an import: every row read is accounted for once. */
@Schema(name = "MigrationReconciliation")
public record ReconciliationView(
        MigrationView migration,
        @Schema(description = "Đọc = nhập mới + gộp + đã có + chờ xem xét + từ chối") boolean balanced,
        @Schema(description = "Phép đối chiếu bằng lời") String summary,
        @Schema(description = "Số dòng bị từ chối theo lý do") List<ReasonCount> rejectionsByReason,
        @Schema(description = "Hồ sơ chờ xem xét của lô: còn mở, đã xếp đơn vị") Reviews reviews) {

    public record ReasonCount(String reasonCode, long rows) {
    }

    public record Reviews(long open, long decided) {
    }

    static ReconciliationView of(MigrationView view, Migration m, Map<String, Long> reasons, Map<String, Long> reviews) {
        ChunkCounts c = m.counts();
        return new ReconciliationView(view, c.rows() == m.rowsRead(),
                "Đọc " + m.rowsRead() + " dòng " + (c.rows() == m.rowsRead() ? "=" : "≠") + " nhập mới " + c.imported()
                        + " + gộp " + c.merged() + " + đã có " + c.alreadyPresent() + " + chờ xem xét " + c.heldForReview()
                        + " + từ chối " + c.rejected() + "; người nộp: " + c.applicantsNew() + " mới, "
                        + c.applicantsKnown() + " dòng trùng người đã biết",
                reasons.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue())).toList(),
                new Reviews(reviews.get("OPEN"), reviews.get("DECIDED")));
    }
}
