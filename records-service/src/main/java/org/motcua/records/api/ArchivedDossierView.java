package org.motcua.records.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.records.domain.ArchivedDossier;

/** A dossier as the archive holds it. */
public record ArchivedDossierView(
        UUID id,
        @Schema(description = "Mã số hồ sơ") String code,
        String procedureCode,
        String procedureName,
        @Schema(description = "Lĩnh vực") String field,
        @Schema(description = "Họ tên người nộp") String applicantFullName,
        @Schema(description = "Đơn vị tiếp nhận") String receivingUnitCode,
        @Schema(description = "Đơn vị xử lý") String processingUnitCode,
        String channel,
        String status,
        Instant submittedAt,
        Instant updatedAt) {

    static ArchivedDossierView of(ArchivedDossier d) {
        return new ArchivedDossierView(d.id(), d.code(), d.procedureCode(), d.procedureName(), d.field(),
                d.applicantFullName(), d.receivingUnitCode(), d.processingUnitCode(), d.channel(), d.status(),
                d.submittedAt(), d.updatedAt());
    }
}
