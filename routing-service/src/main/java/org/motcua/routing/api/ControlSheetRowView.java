package org.motcua.routing.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.StepKind;

/** A row of the process control sheet. */
public record ControlSheetRowView(
        @Schema(description = "RECEIVED, ASSIGNED, ACCEPTED, TRANSFERRED, REBALANCED, SUPPLEMENTATION_REQUESTED,"
                + " SUPPLEMENTED, DECIDED, RESULT_RETURNED, WITHDRAWN") String step,
        @Schema(description = "Tên bước") String stepText,
        @Schema(description = "Đơn vị giao") String fromUnit,
        @Schema(description = "Tên đơn vị giao") String fromUnitName,
        @Schema(description = "Đơn vị nhận / đang giữ hồ sơ") String unitCode,
        @Schema(description = "Tên đơn vị nhận / đang giữ hồ sơ") String unitName,
        @Schema(description = "Người thực hiện") String actor,
        @Schema(description = "Thời gian giao, nhận") Instant at,
        @Schema(description = "Ghi chú") String note,
        @Schema(description = "Trong hạn (so với ngày hẹn trả)") Boolean onTime) {

    /** The name of a step, as the control sheet shows it. */
    static String nameOf(StepKind kind) {
        return switch (kind) {
            case RECEIVED -> "Tiếp nhận hồ sơ";
            case ASSIGNED -> "Phân công đơn vị xử lý";
            case ACCEPTED -> "Cán bộ nhận xử lý";
            case TRANSFERRED -> "Chuyển đơn vị xử lý";
            case REBALANCED -> "Điều chuyển để bảo đảm thời hạn";
            case SUPPLEMENTATION_REQUESTED -> "Yêu cầu bổ sung hồ sơ (dừng tính thời hạn)";
            case SUPPLEMENTED -> "Người nộp bổ sung hồ sơ (tính tiếp thời hạn)";
            case DECIDED -> "Quyết định giải quyết / từ chối";
            case RESULT_RETURNED -> "Trả kết quả";
            case WITHDRAWN -> "Dừng giải quyết theo đề nghị của người nộp";
        };
    }
}
