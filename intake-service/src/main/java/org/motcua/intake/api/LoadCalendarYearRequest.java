package org.motcua.intake.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's official public-sector calendar, as the government notice gives it. */
public record LoadCalendarYearRequest(
        @Schema(description = "Số và ngày của thông báo", example = "TB 1234/TB-BNV ngày 15/11/2026")
        @NotBlank @Size(max = 300) String notice,
        @Schema(description = "Mọi ngày nghỉ của năm (lễ, Tết, nghỉ bù, nghỉ hoán đổi), yyyy-MM-dd")
        @NotNull @Size(min = 1, max = 60) List<@NotNull LocalDate> daysOff,
        @Schema(description = "Các ngày thứ Bảy/Chủ nhật làm bù, yyyy-MM-dd")
        @Size(max = 20) List<@NotNull LocalDate> extraWorkingDays) {
}
