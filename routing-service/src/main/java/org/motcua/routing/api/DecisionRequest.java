package org.motcua.routing.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.Assignment;

/** Giải quyết (APPROVED, với số kết quả) hoặc từ chối (REFUSED, với lý do — Mẫu 03). */
public record DecisionRequest(
        @Schema(description = "APPROVED hoặc REFUSED") @NotNull Assignment.Outcome outcome,
        @Schema(description = "Số, ký hiệu kết quả", example = "Giấy khai sinh số 125/2026") @Size(max = 200)
        String resultReference,
        @Schema(description = "Lý do từ chối") @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
}
