package org.motcua.notification.service.channel;

import java.util.UUID;

/**
 * A message handed to a channel: its notification's id (the gateways' request id, the mail's Message-ID, so a
 * message tried again after a crash is recognised), the address (email or phone), the text and, for email, the
 * subject and the link to stop receiving mail.
 */
public record OutgoingMessage(UUID notificationId, String address, String recipientName, String subject, String text,
        String dossierCode, String unsubscribeUrl) {

    /** The message without its address and text, for logs. */
    @Override
    public String toString() {
        return "OutgoingMessage[" + notificationId + ", dossier " + dossierCode + "]";
    }
}
