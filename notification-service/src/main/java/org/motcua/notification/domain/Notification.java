package org.motcua.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.motcua.platformkit.security.EncryptedText;

/**
 * Thông báo: one message about one event (of a dossier, or a digest for staff), for one recipient, over one
 * channel; exactly one per (event, recipient, channel). Created here; its delivery state is moved by the delivery
 * workers ({@code DeliveryQueue}), one try at a time. The recipient's name, the address, the text and the apology
 * letter name a person: they are encrypted in the database ({@link EncryptedText}; the letter by
 * {@code ApologyLetters}).
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** The recipient of messages to a dossier's applicant; staff are named by their id. */
    public static final String APPLICANT = "APPLICANT";

    @Id
    private UUID id;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "event_type")
    private String eventType;
    private String kind;
    private String recipient;
    @Column(name = "recipient_name")
    @Convert(converter = EncryptedText.class)
    private String recipientName;
    private String channel;
    @Convert(converter = EncryptedText.class)
    private String address;
    @Column(name = "address_key")
    private String addressKey;
    private String subject;
    @Convert(converter = EncryptedText.class)
    private String message;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    /** The apology letter (Mẫu 04) the mail carries, as its content (JSON). */
    @Column(name = "apology_letter")
    private String apologyLetter;

    protected Notification() {
    }

    /** What a notification is about and for whom. */
    public record About(UUID dossierId, String dossierCode, String unitCode, String eventId, String eventType,
            String kind) {
    }

    /** Who receives it and where; the address's keyed hash keeps one person's messages in order. */
    public record To(String recipient, String recipientName, String channel, String address, String addressKey) {
    }

    /**
     * A message waiting for its channel from {@code firstTryAt} (later than now in quiet hours), with the apology
     * letter it carries (or null).
     */
    public static Notification queued(About about, To to, String subject, String message, String apologyLetter,
            Instant now, Instant firstTryAt) {
        Notification n = new Notification(about, to, subject, message, now);
        n.apologyLetter = apologyLetter;
        n.status = NotificationStatus.QUEUED;
        n.nextAttemptAt = firstTryAt;
        if (firstTryAt.isAfter(now)) {
            n.statusReason = "Chờ ngoài giờ yên lặng";
        }
        return n;
    }

    /** A message not sent, on purpose, with the reason (kept so staff see why the applicant was not told). */
    public static Notification skipped(About about, To to, String message, String reason, Instant now) {
        Notification n = new Notification(about, to, null, message, now);
        n.status = NotificationStatus.SKIPPED;
        n.statusReason = reason;
        return n;
    }

    private Notification(About about, To to, String subject, String message, Instant now) {
        this.id = UUID.randomUUID();
        this.dossierId = about.dossierId();
        this.dossierCode = about.dossierCode();
        this.unitCode = about.unitCode();
        this.eventId = about.eventId();
        this.eventType = about.eventType();
        this.kind = about.kind();
        this.recipient = to.recipient();
        this.recipientName = to.recipientName();
        this.channel = to.channel();
        this.address = to.address();
        this.addressKey = to.addressKey();
        this.subject = subject;
        this.message = message;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String unitCode() {
        return unitCode;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String channel() {
        return channel;
    }

    public String address() {
        return address;
    }

    public String subject() {
        return subject;
    }

    public String message() {
        return message;
    }

    public NotificationStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** Whether the mail carries the apology letter. */
    public boolean hasApologyLetter() {
        return apologyLetter != null;
    }
}
