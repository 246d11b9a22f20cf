package org.motcua.routing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.ProcessingAction;
import org.motcua.routing.domain.policy.AssignmentReason;

/** Where a dossier is processed, and why: the reason and every candidate the policy weighed. */
public record AssignmentView(
        UUID dossierId,
        @Schema(description = "Mã số hồ sơ") String dossierCode,
        String procedureCode,
        @Schema(description = "Tên thủ tục (null với hồ sơ phân công trước khi lưu tên)") String procedureName,
        @Schema(description = "Lĩnh vực") String field,
        @Schema(description = "Đơn vị tiếp nhận") String receivingUnitCode,
        @Schema(description = "Đơn vị xử lý") String processingUnitCode,
        @Schema(description = "Mã lý do chọn đơn vị xử lý") String reason,
        @Schema(description = "Lý do, cho cán bộ") String reasonText,
        @Schema(description = "Quy tắc thẩm quyền của thủ tục") String competenceRule,
        @Schema(description = "Mọi xã đều có thẩm quyền (phi địa giới)") boolean pooled,
        @Schema(description = "Các đơn vị đã xem xét, tốt nhất trước") List<CandidateView> candidates,
        @Schema(description = "Giờ công ước tính") BigDecimal effortHours,
        String status,
        Instant submittedAt,
        @Schema(description = "Ngày hẹn trả kết quả") Instant dueAt,
        Instant assignedAt,
        @Schema(description = "Cán bộ đang xử lý") String acceptedBy,
        @Schema(description = "Thời điểm yêu cầu bổ sung (chỉ một lần)") Instant supplementationRequestedAt,
        @Schema(description = "APPROVED hoặc REFUSED") String outcome,
        @Schema(description = "Số, ký hiệu kết quả") String resultReference,
        Instant decidedAt,
        Instant resultReturnedAt,
        @Schema(description = "Số lần chuyển đơn vị") int transfers,
        @Schema(description = "Đánh giá gần nhất của bộ theo dõi thời hạn: ON_TRACK, AT_RISK, OVERDUE, UNKNOWN") String risk,
        @Schema(description = "Dự kiến thời điểm xong") Instant predictedCompletionAt,
        @Schema(description = "Ngày hẹn trước khi xin lỗi và hẹn lại (Mẫu 04)") Instant previousDueAt,
        @Schema(description = "Thời điểm xin lỗi và hẹn lại") Instant extendedAt,
        @Schema(description = "Việc người gọi có thể làm tiếp với hồ sơ ở trạng thái này: ACCEPT, TRANSFER,"
                + " REQUEST_SUPPLEMENTATION, DECIDE, EXTEND, RETURN_RESULT") List<String> actions) {

    /** A unit considered and the working days it would have taken to finish the dossier there. */
    public record CandidateView(String unitCode,
            @Schema(description = "Số ngày làm việc dự kiến để xong hồ sơ; null nếu đơn vị không có cán bộ cho lĩnh vực")
            Double expectedCompletionDays) {
    }

    static AssignmentView of(Assignment a, List<ProcessingAction> actions) {
        return new AssignmentView(a.dossierId(), a.dossierCode(), a.procedureCode(), a.procedureName(), a.field(), a.receivingUnitCode(),
                a.processingUnitCode(), a.placement().reason().name(), text(a.placement().reason()), a.competenceRule(),
                a.pooled(), a.placement().candidates().stream()
                        .map(c -> new CandidateView(c.unitCode(), c.expectedCompletionDays())).toList(),
                a.effortHours(), a.status().name(), a.submittedAt(), a.dueAt(), a.assignedAt(), a.acceptedBy(),
                a.supplementationRequestedAt(), a.outcome() == null ? null : a.outcome().name(), a.resultReference(),
                a.decidedAt(), a.resultReturnedAt(), a.placement().transfers(),
                a.sla().risk() == null ? null : a.sla().risk().name(),
                a.sla().predictedCompletionAt(), a.sla().previousDueAt(), a.sla().extendedAt(),
                actions.stream().map(ProcessingAction::name).toList());
    }

    static String text(AssignmentReason reason) {
        return switch (reason) {
            case RECEIVING_UNIT -> "Đơn vị tiếp nhận giải quyết sớm như các đơn vị khác: giữ lại hồ sơ";
            case SHORTER_COMPLETION -> "Đơn vị này dự kiến giải quyết xong sớm nhất (phi địa giới hành chính)";
            case ONLY_COMPETENT_UNIT -> "Chỉ đơn vị này có thẩm quyền (nơi cư trú hoặc nơi có đất)";
            case PROVINCIAL_AGENCY -> "Thủ tục do cơ quan cấp tỉnh giải quyết";
            case NO_CAPACITY -> "Không đơn vị có thẩm quyền nào có cán bộ cho lĩnh vực này: chờ tại đơn vị";
            case REBALANCED -> "Điều chuyển sang đơn vị còn năng lực để bảo đảm thời hạn";
            case TRANSFERRED -> "Cán bộ chuyển sang đơn vị có thẩm quyền khác";
        };
    }
}
