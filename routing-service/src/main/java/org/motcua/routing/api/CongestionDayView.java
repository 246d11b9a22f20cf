package org.motcua.routing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.routing.service.CongestionService;

/** One day of a unit's congestion. */
public record CongestionDayView(@Schema(description = "Ngày (giờ Việt Nam)") java.time.LocalDate day,
        @Schema(description = "Hồ sơ đang chờ hoặc đang xử lý cuối ngày") int queuedDossiers,
        @Schema(description = "Giờ công của các hồ sơ đó") double queuedWorkHours,
        @Schema(description = "Giờ công mỗi ngày làm việc") double staffHoursPerDay,
        @Schema(description = "Số ngày làm việc để giải quyết hết; null nếu không có cán bộ") Double daysToClear,
        long atRisk, long overdue) {

    static CongestionDayView of(CongestionService.Day d) {
        return new CongestionDayView(d.day(), d.queuedDossiers(), d.queuedWorkHours(), d.staffHoursPerDay(),
                d.staffHoursPerDay() > 0 ? Math.round(d.queuedWorkHours() / d.staffHoursPerDay() * 100) / 100.0 : null,
                d.atRisk(), d.overdue());
    }
}
