package org.motcua.records.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.records.domain.TimelineEntry;

/** One step of a dossier's timeline. */
public record TimelineEntryView(
        @Schema(description = "Thời điểm (UTC)") Instant at,
        @Schema(description = "Loại sự kiện", example = "org.motcua.intake.dossier-submitted.v1") String eventType,
        @Schema(description = "Dịch vụ phát sinh", example = "/motcua/intake") String source,
        @Schema(description = "Mô tả", example = "Tiếp nhận hồ sơ 21025-261129-0001 – Thủ tục đăng ký khai sinh") String title,
        @Schema(description = "Đơn vị liên quan") String unitCode,
        @Schema(description = "Mã sự kiện") String eventId) {

    static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.occurredAt(), e.eventType(), e.source(), e.title(), e.unitCode(), e.eventId());
    }
}
