package org.motcua.routing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.service.ControlSheetService;

/** Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06). */
public record ControlSheetView(UUID dossierId, String dossierCode, String procedureCode,
        @Schema(description = "Tên thủ tục") String procedureName, String receivingUnitCode,
        String processingUnitCode, @Schema(description = "Tên đơn vị giải quyết") String processingUnitName,
        String status, Instant submittedAt, Instant dueAt,
        @Schema(description = "Ngày hẹn trước khi xin lỗi và hẹn lại (Mẫu 04)") Instant previousDueAt,
        String outcome, String resultReference, List<ControlSheetRowView> rows) {

    static ControlSheetView of(ControlSheetService.Sheet sheet) {
        Assignment a = sheet.assignment();
        return new ControlSheetView(a.dossierId(), a.dossierCode(), a.procedureCode(), a.procedureName(),
                a.receivingUnitCode(),
                a.processingUnitCode(), sheet.unitName(a.processingUnitCode()), a.status().name(),
                a.submittedAt(), a.dueAt(), a.sla().previousDueAt(), a.outcome() == null ? null : a.outcome().name(),
                a.resultReference(),
                sheet.rows().stream().map(r -> new ControlSheetRowView(r.kind().name(), ControlSheetRowView.nameOf(r.kind()),
                        r.fromUnit(), sheet.unitName(r.fromUnit()), r.unitCode(), sheet.unitName(r.unitCode()),
                        r.actor(), r.at(), r.note(), r.onTime())).toList());
    }
}
