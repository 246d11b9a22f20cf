package org.motcua.notification.service.channel;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.notification.config.EmailConfig;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.TimeoutException;
import io.vertx.ext.mail.SMTPException;

/**
 * Email over SMTP (Quarkus Mailer; server, sender and TLS in {@code quarkus.mailer.*}). The mail's Message-ID is
 * its notification's id; it carries the link to stop receiving mail (RFC 8058 one-click) and its files (the apology
 * letter, Mẫu 04). A try that gets no answer
 * within {@code motcua.email.send-timeout} (10 s) ends as "channel down" and is made again.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

    /** Replies that say the server cannot serve anyone now (closing, TLS or login refused, no service). */
    private static final Set<Integer> SERVER_UNAVAILABLE = Set.of(421, 454, 530, 534, 535, 554);

    private final ReactiveMailer mailer;
    private final Duration timeout;

    EmailChannel(ReactiveMailer mailer, EmailConfig config) {
        this.mailer = mailer;
        this.timeout = config.sendTimeout();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public DeliveryOutcome send(OutgoingMessage message) {
        Mail mail = Mail.withText(message.address(), message.subject(), message.text())
                .addHeader("Message-ID", "<" + message.notificationId() + "@motcua>");
        message.attachments().forEach(file -> mail.addAttachment(file.fileName(), file.content(), file.contentType()));
        if (message.unsubscribeUrl() != null) {
            mail.addHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        try {
            // a server that stops answering in the middle must not hold the channel's worker: the try ends here
            mailer.send(mail).await().atMost(timeout);
            return DeliveryOutcome.sent(message.notificationId() + "@motcua");
        } catch (TimeoutException e) {
            return DeliveryOutcome.channelDown("Máy chủ thư không trả lời sau " + timeout.toSeconds() + " giây");
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
