package org.motcua.intake.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.intake.service.CalendarNotices;

/** A year of the working calendar as deadlines are counted on it. */
public record CalendarYearView(
        int year,
        @Schema(description = "true: theo thông báo chính thức; false: tạm tính theo ngày nghỉ lễ luật định (ngày hẹn tạm tính)")
        boolean official,
        @Schema(description = "Thông báo đã nạp; null khi chưa có") String notice,
        @Schema(description = "Các ngày nghỉ (ngoài thứ Bảy, Chủ nhật)") List<LocalDate> daysOff,
        @Schema(description = "Các ngày thứ Bảy/Chủ nhật làm bù") List<LocalDate> extraWorkingDays,
        @Schema(description = "Khi vừa nạp thông báo: số hồ sơ có ngày hẹn tạm tính được tính lại") Integer recountedDossiers,
        @Schema(description = "Khi vừa nạp thông báo: số hồ sơ có ngày hẹn thay đổi (đã thông báo)") Integer changedAppointments) {

    static CalendarYearView of(CalendarNotices.Year year, CalendarNotices.Loaded loaded) {
        return new CalendarYearView(year.year(), year.official(), year.notice(), year.daysOff(), year.extraWorkingDays(),
                loaded == null ? null : loaded.recounted(), loaded == null ? null : loaded.moved());
    }
}
