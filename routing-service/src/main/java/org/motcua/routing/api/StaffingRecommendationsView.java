package org.motcua.routing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.platformkit.api.PageView;
import org.motcua.routing.domain.twin.StaffingAdvisor;

/** The advice's totals and one page of its units. */
public record StaffingRecommendationsView(
        @Schema(description = "Tỷ lệ hồ sơ trễ hạn tối đa mục tiêu") double lateShare,
        @Schema(description = "Tổng ngày công cần tăng thêm trong năm") double addedStaffDays,
        @Schema(description = "Số cán bộ tăng thêm nhiều nhất trong một tháng") int peakAddedOfficers,
        PageView<StaffingAdvisor.UnitAdvice> units) {
}
