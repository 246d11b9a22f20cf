package org.motcua.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.notification.channel.LogChannel;
import org.motcua.notification.domain.DossierAddressee;
import org.motcua.notification.domain.DossierAddresseeRepository;
import org.motcua.notification.domain.Notification;
import org.motcua.notification.domain.NotificationRepository;
import org.motcua.notification.domain.Recipient;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * Tells the applicant about each step of their dossier: one notification per event, held until the
 * applicant is known (intake's event may arrive after routing's), then handed to the channel.
 */
@ApplicationScoped
public class NotifyApplicantService {

    private final DossierAddresseeRepository addressees;
    private final NotificationRepository notifications;
    private final LogChannel channel;
    private final Clock clock;

    NotifyApplicantService(DossierAddresseeRepository addressees, NotificationRepository notifications,
            LogChannel channel, Clock clock) {
        this.addressees = addressees;
        this.notifications = notifications;
        this.channel = channel;
        this.clock = clock;
    }

    /** The dossier was received: remember the applicant and tell them. */
    @Transactional
    @SuppressWarnings("java:S107")
    public void dossierReceived(String eventId, String eventType, UUID dossierId, String dossierCode,
            String procedureName, String applicantFullName, String email, String phone, String receivingUnitCode,
            Instant submittedAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        boolean heldUntilNow = !addressee.applicantKnown();
        addressee.recordApplicant(applicantFullName, email, phone, receivingUnitCode, clock.instant());
        send(addressee, create(eventId, eventType, dossierId, dossierCode, "Hồ sơ " + dossierCode + " ("
                + procedureName + ") đã được tiếp nhận lúc " + ProvinceTime.forPeople(submittedAt) + "."));
        if (heldUntilNow) {
            // notifications of events that arrived before this one were held: they follow, in order
            notifications.pendingOf(dossierId).forEach(held -> deliver(addressee, held));
        }
    }

    /** Routing chose the unit that processes the dossier: tell the applicant. */
    @Transactional
    public void dossierAssigned(String eventId, String eventType, UUID dossierId, String dossierCode,
            String receivingUnitCode, String processingUnitCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        addressee.recordProcessingUnit(receivingUnitCode, processingUnitCode, clock.instant());
        send(addressee, create(eventId, eventType, dossierId, dossierCode, "Hồ sơ " + dossierCode
                + " đã được chuyển đến đơn vị xử lý " + processingUnitCode + "."));
    }

    /** The dossier moved to another unit: tell the applicant where it is processed now. */
    @Transactional
    public void dossierTransferred(String eventId, String eventType, UUID dossierId, String dossierCode,
            String toUnitCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, dossierId, dossierCode, "Hồ sơ " + dossierCode
                + " được chuyển đến đơn vị xử lý " + toUnitCode + " để giải quyết kịp thời hạn."));
    }

    /** The processing unit needs more from the applicant (Mẫu 02): say what, and that the clock waits. */
    @Transactional
    public void supplementRequested(String eventId, String eventType, UUID dossierId, String dossierCode,
            java.util.List<String> reasons) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, dossierId, dossierCode, "Hồ sơ " + dossierCode
                + " cần bổ sung, hoàn thiện: " + String.join("; ", reasons)
                + ". Vui lòng bổ sung tại nơi đã nộp; thời hạn giải quyết tạm dừng đến khi nhận đủ."));
    }

    /** The dossier was decided: the result to collect, or the reasons of the refusal (Mẫu 03). */
    @Transactional
    public void dossierDecided(String eventId, String eventType, UUID dossierId, String dossierCode, boolean approved,
            String resultReference, java.util.List<String> reasons) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, dossierId, dossierCode, approved
                ? "Hồ sơ " + dossierCode + " đã được giải quyết (" + resultReference
                        + "). Mời ông/bà nhận kết quả tại nơi đã nộp hồ sơ."
                : "Hồ sơ " + dossierCode + " không được giải quyết. Lý do: " + String.join("; ", reasons) + "."));
    }

    /** The appointment cannot be kept: the apology with the reason and the new date (Mẫu 04). */
    @Transactional
    public void deadlineExtended(String eventId, String eventType, UUID dossierId, String dossierCode, String reason,
            Instant newDueAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, dossierId, dossierCode, "Thành thật xin lỗi ông/bà: hồ sơ "
                + dossierCode + " chưa thể trả kết quả đúng hẹn. Lý do: " + reason + ". Ngày hẹn trả kết quả mới: "
                + ProvinceTime.forPeople(newDueAt) + "."));
    }

    /** The applicant completed the dossier: confirm it, with the appointment that now applies. */
    @Transactional
    public void dossierSupplemented(String eventId, String eventType, UUID dossierId, String dossierCode, Instant dueAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, dossierId, dossierCode, "Hồ sơ " + dossierCode
                + " đã được bổ sung."
                + (dueAt == null ? "" : " Ngày hẹn trả kết quả: " + ProvinceTime.forPeople(dueAt) + ".")));
    }

    /** Processing stopped at the applicant's request: confirm it. */
    @Transactional
    public void dossierWithdrawn(String eventId, String eventType, UUID dossierId, String dossierCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, dossierId, dossierCode, "Hồ sơ " + dossierCode
                + " đã được dừng giải quyết theo đề nghị của ông/bà. Vui lòng nhận lại giấy tờ tại nơi đã nộp."));
    }

    /** One notification per event: the inbox applies each event once, so no duplicate check is needed. */
    private Notification create(String eventId, String eventType, UUID dossierId, String dossierCode, String message) {
        return new Notification(dossierId, dossierCode, eventId, eventType, Recipient.APPLICANT, channel.name(),
                message, clock.instant());
    }

    /** Delivers a new notification (or holds it) and stores it as it ends up: one insert, no update. */
    private void send(DossierAddressee addressee, Notification notification) {
        deliver(addressee, notification);
        notifications.persist(notification);
    }

    /** Hands the notification to the channel, or holds it (pending) until intake's event names the applicant. */
    private void deliver(DossierAddressee addressee, Notification notification) {
        if (addressee.applicantKnown()) {
            channel.deliver(notification.dossierCode(), addressee.applicantFullName(), notification.message());
            notification.markSent(clock.instant());
        }
    }
}
