package org.motcua.routing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.service.QueueQueryService;

/** A dossier in a unit's queue: earliest deadline first, with its time left and forecast. */
public record QueueItemView(
        UUID dossierId,
        @Schema(description = "Mã số hồ sơ") String dossierCode,
        String procedureCode,
        @Schema(description = "Tên thủ tục (null với hồ sơ phân công trước khi lưu tên)") String procedureName,
        @Schema(description = "Lĩnh vực") String field,
        @Schema(description = "Đơn vị tiếp nhận") String receivingUnitCode,
        @Schema(description = "Lý do phân công") String reason,
        @Schema(description = "QUEUED hoặc IN_PROGRESS") String status,
        @Schema(description = "Giờ công ước tính") BigDecimal effortHours,
        Instant submittedAt,
        @Schema(description = "Ngày hẹn trả kết quả") Instant dueAt,
        @Schema(description = "Số giờ làm việc còn lại đến hạn (âm khi đã quá hạn)") Double workingHoursLeft,
        @Schema(description = "Thời điểm dự kiến xong theo vị trí trong hàng đợi và năng lực của đơn vị")
        Instant predictedCompletionAt,
        @Schema(description = "ON_TRACK, AT_RISK (dự kiến trễ hạn), OVERDUE (quá hạn), UNKNOWN") String risk) {

    static QueueItemView of(QueueQueryService.QueueItem item) {
        Assignment a = item.assignment();
        Long minutes = item.forecast().workingMinutesLeft();
        return new QueueItemView(a.dossierId(), a.dossierCode(), a.procedureCode(), a.procedureName(), a.field(),
                a.receivingUnitCode(),
                a.placement().reason().name(), a.status().name(), a.effortHours(), a.submittedAt(), a.dueAt(),
                minutes == null ? null : Math.round(minutes / 6.0) / 10.0, item.forecast().predictedCompletion(),
                item.forecast().risk().name());
    }
}
