package org.motcua.intake.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.domain.AdministrativeUnit;

/** A commune-level unit of the province. */
public record UnitView(
        @Schema(description = "Mã đơn vị hành chính (5 chữ số)", example = "21025") String code,
        @Schema(example = "Cẩm Thành") String name,
        @Schema(example = "Phường Cẩm Thành") String fullName,
        @Schema(description = "XA, PHUONG hoặc DAC_KHU") String type,
        @Schema(description = "Mã tỉnh cũ: 51 Quảng Ngãi, 62 Kon Tum") String oldProvinceCode,
        @Schema(description = "Các đơn vị trước sáp nhập") String preMergerUnits) {

    static UnitView of(AdministrativeUnit unit) {
        return new UnitView(unit.code(), unit.name(), unit.fullName(), unit.type().name(), unit.oldProvinceCode(),
                unit.preMergerUnits());
    }
}
