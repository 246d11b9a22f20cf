package org.motcua.intake.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Papers the applicant hands in to complete the dossier. */
public record SupplementRequest(
        @Schema(description = "Giấy tờ bổ sung") @NotNull @NotEmpty @Size(max = 50)
        @Valid List<SubmitDossierRequest.DocumentRequest> documents,
        @Schema(description = "Ghi chú") @Size(max = 2000) String note) {
}
