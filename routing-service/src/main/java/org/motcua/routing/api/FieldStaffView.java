package org.motcua.routing.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.UnitStaffing;

/** One field's officers. */
public record FieldStaffView(
        @Schema(description = "Lĩnh vực; \"*\" cho mọi lĩnh vực không có dòng riêng", example = "Hộ tịch")
        @NotBlank @Size(max = 200) String field,
        @Schema(description = "Số cán bộ (quy đổi toàn thời gian)", example = "2")
        @NotNull @DecimalMin("0") @DecimalMax("200") BigDecimal officers,
        @Schema(description = "Giờ xử lý hồ sơ mỗi ngày làm việc của một cán bộ", example = "6")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("8") BigDecimal hoursPerDay,
        @Schema(readOnly = true) String updatedBy,
        @Schema(readOnly = true) Instant updatedAt) {

    static FieldStaffView of(UnitStaffing s) {
        return new FieldStaffView(s.field(), s.officers(), s.hoursPerDay(), s.updatedBy(), s.updatedAt());
    }
}
