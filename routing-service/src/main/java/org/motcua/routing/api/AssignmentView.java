package org.motcua.routing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.Assignment;

/** Where a dossier is processed, and why. */
public record AssignmentView(
        UUID dossierId,
        @Schema(description = "Mã số hồ sơ") String dossierCode,
        String procedureCode,
        @Schema(description = "Đơn vị tiếp nhận") String receivingUnitCode,
        @Schema(description = "Đơn vị xử lý") String processingUnitCode,
        @Schema(description = "Lý do chọn đơn vị xử lý") String reason,
        @Schema(description = "Các đơn vị có thẩm quyền đã xem xét") List<String> candidateUnitCodes,
        String status,
        Instant submittedAt,
        Instant assignedAt) {

    static AssignmentView of(Assignment a) {
        return new AssignmentView(a.dossierId(), a.dossierCode(), a.procedureCode(), a.receivingUnitCode(),
                a.processingUnitCode(), a.reason().name(), a.candidateUnitCodes(), a.status().name(), a.submittedAt(),
                a.assignedAt());
    }
}
