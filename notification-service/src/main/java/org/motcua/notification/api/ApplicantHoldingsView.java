package org.motcua.notification.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The messages notification holds to one person. */
public record ApplicantHoldingsView(
        @Schema(description = "Thông báo gửi người này về các hồ sơ của họ, cũ nhất trước") List<NotificationView> messages,
        @Schema(description = "Còn thông báo khác ngoài số đã trả (tối đa 2.000)") boolean truncated) {
}
