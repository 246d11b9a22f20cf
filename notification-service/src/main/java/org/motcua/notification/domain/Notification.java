package org.motcua.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Thông báo: one message about one event of a dossier, for one recipient, over one channel. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "event_type")
    private String eventType;
    @Enumerated(EnumType.STRING)
    private Recipient recipient;
    private String channel;
    private String message;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    @SuppressWarnings("java:S107")
    public Notification(UUID dossierId, String dossierCode, String eventId, String eventType, Recipient recipient,
            String channel, String message, Instant now) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.eventId = eventId;
        this.eventType = eventType;
        this.recipient = recipient;
        this.channel = channel;
        this.message = message;
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
    }

    /** The channel accepted the message. */
    public void markSent(Instant now) {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("notification " + id + " is already " + status);
        }
        this.status = NotificationStatus.SENT;
        this.sentAt = now;
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

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public Recipient recipient() {
        return recipient;
    }

    public String channel() {
        return channel;
    }

    public String message() {
        return message;
    }

    public NotificationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
