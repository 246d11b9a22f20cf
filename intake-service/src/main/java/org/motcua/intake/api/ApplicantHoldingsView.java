package org.motcua.intake.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dossiers intake holds of one person. */
public record ApplicantHoldingsView(
        @Schema(description = "Hồ sơ người này đã nộp, mới nhất trước") List<DossierView> dossiers,
        @Schema(description = "Còn hồ sơ khác ngoài số đã trả (tối đa 2.000)") boolean truncated) {
}
