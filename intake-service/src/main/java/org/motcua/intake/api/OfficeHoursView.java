package org.motcua.intake.api;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.platformkit.deadline.OfficeHours;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A unit's office hours: a morning and an afternoon session and the same-day cut-off (giờ Việt Nam, HH:mm). */
public record OfficeHoursView(
        @Schema(type = SchemaType.STRING, example = "07:30")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime morningStart,
        @Schema(type = SchemaType.STRING, example = "11:30")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime morningEnd,
        @Schema(type = SchemaType.STRING, example = "13:30")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime afternoonStart,
        @Schema(type = SchemaType.STRING, example = "17:00")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime afternoonEnd,
        @Schema(type = SchemaType.STRING, example = "15:00",
                description = "Hồ sơ giải quyết trong ngày nhận sau giờ này được hẹn ngày làm việc tiếp theo")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime sameDayCutOff) {

    static OfficeHoursView of(OfficeHours hours) {
        return new OfficeHoursView(hours.morningStart(), hours.morningEnd(), hours.afternoonStart(),
                hours.afternoonEnd(), hours.sameDayCutOff());
    }
}
