package org.motcua.routing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.routing.service.CongestionService;

/** One unit's situation in one field. */
public record CongestionView(String unitCode,
        @Schema(description = "Tên đầy đủ của đơn vị", example = "Phường Cẩm Thành") String unitName,
        @Schema(description = "Lĩnh vực; null ở dòng của đơn vị không tồn hồ sơ nào") String field,
        @Schema(description = "Số hồ sơ đang chờ hoặc đang xử lý") int queuedDossiers,
        @Schema(description = "Giờ công của các hồ sơ đó") double queuedWorkHours,
        @Schema(description = "Giờ công mỗi ngày làm việc (kể cả tăng cường)") double staffHoursPerDay,
        @Schema(description = "Số ngày làm việc để giải quyết hết; null nếu không có cán bộ") Double daysToClear,
        @Schema(description = "Hồ sơ có nguy cơ trễ hạn (lần rà soát gần nhất)") long atRisk,
        @Schema(description = "Hồ sơ quá hạn") long overdue,
        @Schema(description = "Giờ công tồn một ngày trước (null: chưa có lịch sử)") Double queuedWorkHoursDayAgo,
        @Schema(description = "Xu hướng trong một ngày: RISING tăng, STEADY ổn định, FALLING giảm") CongestionService.Trend trend) {

    static CongestionView of(CongestionService.Row r, UnitDirectory names) {
        return new CongestionView(r.unitCode(), names.nameForPeople(r.unitCode()), r.field(), r.queuedDossiers(), r.queuedWorkHours(),
                r.staffHoursPerDay(), r.daysToClear(), r.atRisk(), r.overdue(), r.queuedWorkHoursDayAgo(), r.trend());
    }
}
