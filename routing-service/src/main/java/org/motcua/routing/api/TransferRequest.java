package org.motcua.routing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Chuyển hồ sơ to another competent unit. */
public record TransferRequest(
        @Schema(description = "Đơn vị nhận (thuộc các đơn vị có thẩm quyền)", example = "21034") @NotBlank String toUnitCode,
        @Schema(description = "Lý do chuyển", example = "Đơn vị quá tải") @NotBlank @Size(max = 1000) String reason) {
}
