package org.motcua.routing.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.service.ProvinceTwinService;

/** A scenario: the demand's volume, how long, which staffing, the random seed. */
public record SimulationRequest(
        @Schema(description = "Số hồ sơ một năm (mặc định 540.000)") @DecimalMin("0") @DecimalMax("5000000")
        Double annualDossiers,
        @Schema(description = "Số ngày làm việc mô phỏng (mặc định 248 = một năm)") @Min(1) @Max(496)
        Integer workingDays,
        @Schema(description = "Biên chế: CURRENT (đang áp dụng) hoặc DEFAULT (mặc định của dữ liệu gốc)")
        ProvinceTwinService.Staffing staffing,
        @Schema(description = "Hạt giống ngẫu nhiên: cùng hạt giống, cùng dòng hồ sơ") Long seed) {
}
