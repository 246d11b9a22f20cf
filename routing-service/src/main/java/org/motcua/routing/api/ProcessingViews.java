package org.motcua.routing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.StepKind;
import org.motcua.routing.service.ControlSheetService;

/** Requests and answers of the processing steps. */
final class ProcessingViews {

    private ProcessingViews() {
    }

    /** Chuyển hồ sơ to another competent unit. */
    record TransferRequest(
            @Schema(description = "Đơn vị nhận (thuộc các đơn vị có thẩm quyền)", example = "21034") @NotBlank String toUnitCode,
            @Schema(description = "Lý do chuyển", example = "Đơn vị quá tải") @NotBlank @Size(max = 1000) String reason) {
    }

    /** Yêu cầu bổ sung hồ sơ (Mẫu 02). */
    record SupplementationRequest(
            @Schema(description = "Nội dung cần bổ sung, hoàn thiện và lý do")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    /** Giải quyết (APPROVED, với số kết quả) hoặc từ chối (REFUSED, với lý do — Mẫu 03). */
    record DecisionRequest(
            @Schema(description = "APPROVED hoặc REFUSED") @NotNull Assignment.Outcome outcome,
            @Schema(description = "Số, ký hiệu kết quả", example = "Giấy khai sinh số 125/2026") @Size(max = 200)
            String resultReference,
            @Schema(description = "Lý do từ chối") @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    /** Xin lỗi và hẹn lại (Mẫu 04): the new appointment's date and the reason the applicant reads. */
    record ExtensionRequest(
            @Schema(description = "Ngày hẹn mới (trả kết quả cuối giờ làm việc của ngày này, hoặc ngày làm việc kế tiếp)",
                    example = "2026-12-18") @NotNull LocalDate newDueDate,
            @Schema(description = "Lý do chậm, viết cho người nộp đọc (in trên phiếu xin lỗi)",
                    example = "Cần xác minh thêm thông tin tại nơi cư trú trước đây") @NotBlank @Size(max = 1000) String reason) {
    }

    /** A row of the process control sheet. */
    record ControlSheetRow(
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
    }

    /** Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06). */
    record ControlSheetView(UUID dossierId, String dossierCode, String procedureCode,
            @Schema(description = "Tên thủ tục") String procedureName, String receivingUnitCode,
            String processingUnitCode, @Schema(description = "Tên đơn vị giải quyết") String processingUnitName,
            String status, Instant submittedAt, Instant dueAt,
            @Schema(description = "Ngày hẹn trước khi xin lỗi và hẹn lại (Mẫu 04)") Instant previousDueAt,
            String outcome, String resultReference, List<ControlSheetRow> rows) {

        static ControlSheetView of(ControlSheetService.Sheet sheet) {
            Assignment a = sheet.assignment();
            return new ControlSheetView(a.dossierId(), a.dossierCode(), a.procedureCode(), a.procedureName(),
                    a.receivingUnitCode(),
                    a.processingUnitCode(), sheet.unitName(a.processingUnitCode()), a.status().name(),
                    a.submittedAt(), a.dueAt(), a.previousDueAt(), a.outcome() == null ? null : a.outcome().name(),
                    a.resultReference(),
                    sheet.rows().stream().map(r -> new ControlSheetRow(r.kind().name(), stepText(r.kind()),
                            r.fromUnit(), sheet.unitName(r.fromUnit()), r.unitCode(), sheet.unitName(r.unitCode()),
                            r.actor(), r.at(), r.note(), r.onTime())).toList());
        }
    }

    /** The name of a step, as the control sheet shows it. */
    static String stepText(StepKind kind) {
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
