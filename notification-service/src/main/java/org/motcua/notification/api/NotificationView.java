package org.motcua.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.notification.domain.Notification;

/** A notification about a dossier. */
public record NotificationView(
        UUID id,
        UUID dossierId,
        @Schema(description = "Mã số hồ sơ") String dossierCode,
        @Schema(description = "Sự kiện gây ra thông báo") String eventType,
        @Schema(description = "Người nhận", example = "APPLICANT") String recipient,
        @Schema(description = "Kênh gửi", example = "LOG") String channel,
        @Schema(description = "Nội dung") String message,
        @Schema(description = "PENDING hoặc SENT") String status,
        Instant createdAt,
        Instant sentAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.dossierId(), n.dossierCode(), n.eventType(), n.recipient().name(),
                n.channel(), n.message(), n.status().name(), n.createdAt(), n.sentAt());
    }
}
