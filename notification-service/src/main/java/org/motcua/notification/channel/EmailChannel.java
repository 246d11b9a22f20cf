package org.motcua.notification.channel;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;

/**
 * Email over SMTP (Quarkus Mailer; server, sender and TLS in {@code quarkus.mailer.*}). The mail's Message-ID is
 * its notification's id; it carries the link to stop receiving mail (RFC 8058 one-click).
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

    /** Replies that say the server cannot serve anyone now (closing, TLS or login refused, no service). */
    private static final Set<Integer> SERVER_UNAVAILABLE = Set.of(421, 454, 530, 534, 535, 554);

    private final Mailer mailer;

    EmailChannel(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public DeliveryOutcome send(OutgoingMessage message) {
        Mail mail = Mail.withText(message.address(), message.subject(), message.text())
                .addHeader("Message-ID", "<" + message.notificationId() + "@motcua>");
        if (message.unsubscribeUrl() != null) {
            mail.addHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        try {
            mailer.send(mail);
            return DeliveryOutcome.sent(message.notificationId() + "@motcua");
        } catch (RuntimeException e) {
            return outcomeOf(e);
        }
    }

    /** An SMTP reply decides; anything else (refused connection, timeout, TLS) means the server is not there. */
    static DeliveryOutcome outcomeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                String detail = "SMTP " + smtp.getReplyCode() + " " + smtp.getReplyMessage();
                if (SERVER_UNAVAILABLE.contains(smtp.getReplyCode())) {
                    return DeliveryOutcome.channelDown(detail);
                }
                // 5xx: this mailbox will never take it (550 no such user...); 4xx: not now (452 mailbox full...)
                return smtp.isPermanent() ? DeliveryOutcome.refused(detail) : DeliveryOutcome.retry(detail);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return DeliveryOutcome.channelDown("Không kết nối được máy chủ thư: " + root.getClass().getSimpleName());
    }
}
