package org.motcua.routing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.Reinforcement;
import org.motcua.routing.domain.UnitLoadRepository;
import org.motcua.routing.domain.UnitStaffing;
import org.motcua.routing.service.StaffingService;

/** Requests and answers of the staffing and reinforcement API. */
final class StaffingViews {

    private StaffingViews() {
    }

    /** A unit that processes dossiers. */
    record UnitView(String code, String name,
            @Schema(description = "COMMUNE (xã, phường, đặc khu) hoặc AGENCY (cơ quan cấp tỉnh)") String kind,
            @Schema(description = "XA, PHUONG, DAC_KHU") String unitType,
            @Schema(description = "Số đơn vị trước sáp nhập") int size) {

        static UnitView of(ProcessingUnit u) {
            return new UnitView(u.code(), u.name(), u.kind().name(), u.unitType(), u.size());
        }
    }

    /** One field's officers. */
    record FieldStaffView(
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

    /** The staffing a province-admin declares for a unit (replaces the existing rows). */
    record StaffingRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull FieldStaffView> fields) {
    }

    /** A reinforcement by a provincial officer. */
    record ReinforcementView(
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

    /** What waits at the unit in a field. */
    record LoadView(String field, int queuedDossiers, double queuedWorkHours) {
        static LoadView of(UnitLoadRepository.Load l) {
            return new LoadView(l.field(), l.queuedCount(), l.queuedWorkHours());
        }
    }

    /** A unit's staffing, the reinforcements not yet ended and what waits there. */
    record UnitStaffingView(UnitView unit, List<FieldStaffView> staffing, List<ReinforcementView> reinforcements,
            List<LoadView> load) {

        static UnitStaffingView of(StaffingService.UnitStaffingPicture p) {
            return new UnitStaffingView(UnitView.of(p.unit()), p.staffing().stream().map(FieldStaffView::of).toList(),
                    p.reinforcements().stream().map(ReinforcementView::of).toList(),
                    p.loads().stream().map(LoadView::of).toList());
        }
    }
}
