package org.motcua.notification.channel;

/** A way to reach a recipient (log, email, SMS, Zalo...). */
public interface NotificationChannel {

    /** The channel's name as stored with each notification. */
    String name();

    /**
     * Hands a message to the channel.
     *
     * @param dossierCode    the dossier the message is about (for logs; never a citizen ID)
     * @param recipientName  who it is for
     * @param message        the text
     */
    void deliver(String dossierCode, String recipientName, String message);
}
