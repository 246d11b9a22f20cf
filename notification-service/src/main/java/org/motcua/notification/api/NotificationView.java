package org.motcua.notification.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.notification.domain.DeliveryAttempt;
import org.motcua.notification.domain.Notification;
import org.motcua.notification.domain.NotificationStatus;
import org.motcua.notification.service.NotificationQueryService.Delivery;
import org.motcua.platformkit.pdf.ApologyLetter;
import org.motcua.platformkit.security.PersonalDataMask;

/**
 * A notification, its delivery state and the history of its tries. The address is masked but in the person's own
 * export.
 */
@Schema(name = "Notification")
public record NotificationView(
        UUID id,
        UUID dossierId,
        @Schema(description = "Mã số hồ sơ (không có với bản tin gửi cán bộ)") String dossierCode,
        @Schema(description = "Sự kiện gây ra thông báo") String eventType,
        @Schema(description = "Loại thông báo", example = "RECEIVED") String kind,
        @Schema(description = "APPLICANT (người nộp) hoặc STAFF (cán bộ)") String recipient,
        @Schema(description = "Họ tên người nhận") String recipientName,
        @Schema(description = "EMAIL, SMS hoặc ZALO (LOG: trước khi có kênh gửi)") String channel,
        @Schema(description = "Địa chỉ nhận, đã che (trừ khi trích xuất cho chính người đó)", example = "n***@example.vn")
        String address,
        @Schema(description = "Tiêu đề (thư điện tử)") String subject,
        @Schema(description = "Nội dung") String message,
        @Schema(description = "Tệp đính kèm thư điện tử (phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04)")
        List<String> attachments,
        @Schema(description = "QUEUED, SENT, FAILED hoặc SKIPPED") String status,
        @Schema(description = "Lý do của trạng thái (lỗi lần gửi cuối, đã từ chối nhận...)") String statusReason,
        @Schema(description = "Số lần đã gửi") int attempts,
        @Schema(description = "Lần gửi tới (khi đang chờ)") Instant nextAttemptAt,
        Instant createdAt,
        Instant sentAt,
        @Schema(description = "Diễn biến: tạo, từng lần gửi và kết quả") List<Step> history) {

    /** A step of a notification's history. */
    @Schema(name = "NotificationStep")
    public record Step(Instant at,
            @Schema(description = "QUEUED, SKIPPED, SENT, RETRY, CHANNEL_DOWN, REFUSED, FAILED") String status,
            @Schema(description = "Lần gửi thứ mấy (với các lần gửi)") Integer attempt, String detail) {
    }

    /**
     * How much of the person a view shows: masked (an auditor), to staff (their name and the text in clear, the address
     * masked: staff reach the person through the platform), in full (the person's own export).
     */
    enum Shown {
        MASKED, FOR_STAFF, IN_FULL
    }

    /** The message as shown to the caller. */
    static NotificationView of(Delivery delivery, Shown shown) {
        boolean clear = shown != Shown.MASKED;
        Notification n = delivery.notification();
        List<Step> history = new ArrayList<>();
        history.add(new Step(n.createdAt(), n.status() == NotificationStatus.SKIPPED ? "SKIPPED" : "QUEUED", null,
                n.status() == NotificationStatus.SKIPPED || delivery.attempts().isEmpty() ? n.statusReason() : null));
        Instant last = n.createdAt();
        for (DeliveryAttempt a : delivery.attempts()) {
            history.add(new Step(a.finishedAt(), a.outcome(), a.attempt(), a.detail()));
            last = a.finishedAt();
        }
        if (n.status() == NotificationStatus.FAILED) {
            history.add(new Step(last, "FAILED", null, n.statusReason()));
        }
        return new NotificationView(n.id(), n.dossierId(), n.dossierCode(), n.eventType(), n.kind(),
                Notification.APPLICANT.equals(n.recipient()) ? "APPLICANT" : "STAFF",
                clear ? n.recipientName() : PersonalDataMask.name(n.recipientName()), n.channel(),
                shown == Shown.IN_FULL ? n.address() : PersonalDataMask.address(n.address()), n.subject(),
                clear ? n.message() : PersonalDataMask.text(n.message(), n.recipientName()),
                n.hasApologyLetter() ? List.of(ApologyLetter.fileNameFor(n.dossierCode())) : List.of(),
                n.status().name(), n.statusReason(), n.attempts(),
                n.status() == NotificationStatus.QUEUED ? n.nextAttemptAt() : null, n.createdAt(), n.sentAt(),
                history);
    }
}
