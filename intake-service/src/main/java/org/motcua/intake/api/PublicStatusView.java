package org.motcua.intake.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public may know of a dossier. */
public record PublicStatusView(
        @Schema(example = "21025-261129-0001") String code,
        @Schema(example = "Thủ tục đăng ký khai sinh") String procedureName,
        @Schema(example = "RECEIVED") String status,
        @Schema(example = "Đã tiếp nhận") String statusText,
        @Schema(example = "Phường Cẩm Thành") String receivingUnit,
        Instant receivedAt,
        @Schema(description = "Ngày hẹn trả kết quả") Instant dueAt,
        @Schema(description = "Ngày hẹn tạm tính (lịch nghỉ lễ chính thức của năm chưa công bố)") boolean dueAtProvisional) {
}
