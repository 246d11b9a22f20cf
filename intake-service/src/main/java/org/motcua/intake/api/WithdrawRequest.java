package org.motcua.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant's request to stop processing (dừng giải quyết). */
public record WithdrawRequest(
        @Schema(description = "Lý do người nộp xin dừng giải quyết", example = "Người nộp không còn nhu cầu")
        @NotBlank @Size(max = 2000) String reason) {
}
