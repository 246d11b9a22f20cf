package org.motcua.notification.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChannelState")
public record ChannelView(String channel,
        @Schema(description = "Đang tạm dừng vì kênh không hoạt động") boolean paused,
        @Schema(description = "Số lần lỗi kênh liên tiếp") int failuresInARow,
        @Schema(description = "Thử lại kênh lúc") Instant pausedUntil,
        @Schema(description = "Thông báo đang chờ gửi") long queued,
        @Schema(description = "Thông báo chờ lâu nhất được tạo lúc") Instant oldestQueuedAt,
        @Schema(description = "Gửi thất bại trong 24 giờ qua") long failedLastDay) {
}
