package org.motcua.routing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.Reinforcement;
import org.motcua.routing.service.StaffingService;

/** A reinforcement by a provincial officer. */
public record ReinforcementView(
        @Schema(readOnly = true) UUID id,
        @Schema(example = "Trần Văn Bình") @NotBlank @Size(max = 200) String officerName,
        @Schema(description = "Cơ quan cử cán bộ", example = "Sở Tư pháp") @NotBlank @Size(max = 200) String homeAgency,
        @Schema(description = "Đơn vị được tăng cường", example = "21025") @NotBlank String unitCode,
        @Schema(description = "Lĩnh vực; \"*\" hoặc bỏ trống: mọi lĩnh vực", example = "Hộ tịch") @Size(max = 200)
        String field,
        @Schema(description = "ON_SITE (làm việc tại đơn vị) hoặc REMOTE (xử lý từ xa)") @NotNull Reinforcement.Mode mode,
        @Schema(description = "Giờ xử lý mỗi ngày", example = "6")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("8") BigDecimal hoursPerDay,
        @Schema(example = "2026-12-01") @NotNull LocalDate startsOn,
        @Schema(example = "2026-12-31") @NotNull LocalDate endsOn,
        @Schema(readOnly = true) String createdBy) {

    static ReinforcementView of(Reinforcement r) {
        return new ReinforcementView(r.id(), r.officerName(), r.homeAgency(), r.unitCode(), r.field(), r.mode(),
                r.hoursPerDay(), r.startsOn(), r.endsOn(), r.createdBy());
    }

    StaffingService.PlannedReinforcement plan() {
        return new StaffingService.PlannedReinforcement(officerName, homeAgency, unitCode, field, mode, hoursPerDay,
                startsOn, endsOn);
    }
}
