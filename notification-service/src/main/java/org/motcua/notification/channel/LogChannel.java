package org.motcua.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Writes notifications to the service log: the channel of the foundation, until email, SMS and Zalo
 * adapters exist. Logs the dossier code and the message, never the recipient's contact or ID.
 */
@ApplicationScoped
public class LogChannel implements NotificationChannel {

    public static final String NAME = "LOG";
    private static final Logger LOG = Logger.getLogger(LogChannel.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(String dossierCode, String recipientName, String message) {
        LOG.infof("notification for dossier %s: %s", dossierCode, message);
    }
}
