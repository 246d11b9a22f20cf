package org.motcua.routing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.ProcessingUnit;

/** A unit that processes dossiers. */
public record UnitView(String code, String name,
        @Schema(description = "COMMUNE (xã, phường, đặc khu) hoặc AGENCY (cơ quan cấp tỉnh)") String kind,
        @Schema(description = "XA, PHUONG, DAC_KHU") String unitType,
        @Schema(description = "Số đơn vị trước sáp nhập") int size) {

    static UnitView of(ProcessingUnit u) {
        return new UnitView(u.code(), u.name(), u.kind().name(), u.unitType(), u.size());
    }
}
