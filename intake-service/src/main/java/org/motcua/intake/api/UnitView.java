package org.motcua.intake.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.PreMergerUnit;
import org.motcua.platformkit.deadline.OfficeHours;

/** A commune-level unit of the province. */
public record UnitView(
        @Schema(description = "Mã đơn vị hành chính (5 chữ số)", example = "21025") String code,
        @Schema(description = "Tên chính thức đầy đủ, kèm loại đơn vị", example = "Phường Cẩm Thành") String name,
        @Schema(description = "Tên không kèm loại đơn vị (để sắp xếp, tìm kiếm)", example = "Cẩm Thành") String shortName,
        @Schema(description = "XA, PHUONG hoặc DAC_KHU") String type,
        @Schema(description = "Mã tỉnh cũ: 51 Quảng Ngãi, 62 Kon Tum") String oldProvinceCode,
        @Schema(description = "Xã miền núi, hải đảo: áp dụng thời hạn dài hơn nếu thủ tục quy định") boolean remote,
        @Schema(description = "Văn bản công bố các đơn vị trước sáp nhập") String preMergerUnitsText,
        @Schema(description = "Các đơn vị trước sáp nhập") List<PreMergerUnitView> preMergerUnits,
        @Schema(description = "Giờ làm việc dùng để tính ngày hẹn") OfficeHoursView officeHours,
        @Schema(description = "Đơn vị có giờ làm việc riêng (nếu không: giờ hành chính chung)") boolean ownOfficeHours) {

    static UnitView of(AdministrativeUnit unit, List<PreMergerUnit> preMerger) {
        return new UnitView(unit.code(), unit.fullName(), unit.name(), unit.type().name(), unit.oldProvinceCode(),
                unit.remote(), unit.preMergerUnits(), preMerger.stream().map(PreMergerUnitView::of).toList(),
                OfficeHoursView.of(unit.officeHours().orElse(OfficeHours.DEFAULT)), unit.officeHours().isPresent());
    }

    /** A pre-merger commune and where it lay. */
    public record PreMergerUnitView(
            @Schema(example = "21019") String code,
            @Schema(example = "Phường Nghĩa Chánh") String fullName,
            @Schema(example = "Thành phố Quảng Ngãi") String district,
            @Schema(example = "Quảng Ngãi") String province,
            @Schema(description = "Đơn vị cũ được chia cho nhiều đơn vị mới") boolean split) {

        static PreMergerUnitView of(PreMergerUnit p) {
            return new PreMergerUnitView(p.oldCode(), p.oldFullName(), p.oldDistrict(), p.oldProvince(), p.split());
        }
    }
}
