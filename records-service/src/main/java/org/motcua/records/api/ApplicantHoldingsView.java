package org.motcua.records.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.records.domain.ApplicantResult;

/** What the archive holds of one person. */
public record ApplicantHoldingsView(
        @Schema(description = "Hồ sơ lưu trữ của người này, nộp gần nhất trước") List<ArchivedDossierView> dossiers,
        @Schema(description = "Kết quả giải quyết trong kho dữ liệu của người nộp") List<ApplicantResult> results,
        @Schema(description = "Còn mục khác ngoài số đã trả (tối đa 2.000 mỗi loại)") boolean truncated) {
}
