package org.motcua.routing.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Yêu cầu bổ sung hồ sơ (Mẫu 02). */
public record SupplementationRequest(
        @Schema(description = "Nội dung cần bổ sung, hoàn thiện và lý do")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
}
