package org.motcua.notification.service.channel;

import java.util.List;
import java.util.UUID;

/**
 * A message handed to a channel: its notification's id (the gateways' request id, the mail's Message-ID, so a
 * message tried again after a crash is recognised), the address (email or phone), the text and, for email, the
 * subject, the link to stop receiving mail and the files attached.
 */
public record OutgoingMessage(UUID notificationId, String address, String recipientName, String subject, String text,
        String dossierCode, String unsubscribeUrl, List<Attachment> attachments) {

    /** A file attached to a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** The message without its address and text, for logs. */
    @Override
    public String toString() {
        return "OutgoingMessage[" + notificationId + ", dossier " + dossierCode + "]";
    }
}
