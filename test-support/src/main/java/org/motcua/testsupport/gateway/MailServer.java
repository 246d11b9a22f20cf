package org.motcua.testsupport.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.motcua.testsupport.EmbeddedInfrastructure;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) that keeps every mail it received, also across a stop and a start on the same
 * port: the mailbox of tests and of the local stack, and the server they take down to show that held mail is
 * delivered once it is back.
 */
public final class MailServer implements AutoCloseable {

    /** A mail as its recipient reads it. */
    public record Mail(String to, String subject, String text, String messageId, List<String> unsubscribe,
            List<Attachment> attachments, Instant receivedAt) {
    }

    /** A file attached to a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    private final int port;
    private final List<Mail> earlier = new ArrayList<>();
    private GreenMail server;

    private MailServer(int port) {
        this.port = port;
    }

    /** Starts on the given port (0: a free one). */
    public static MailServer start(int port) {
        MailServer mail = new MailServer(port == 0 ? EmbeddedInfrastructure.freePort() : port);
        mail.startAgain();
        return mail;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public synchronized boolean running() {
        return server != null;
    }

    /** Stops accepting mail (connections are refused); what was received is kept. */
    public synchronized void stop() {
        if (server != null) {
            earlier.addAll(read(server));
            server.stop();
            server = null;
        }
    }

    /** Accepts mail again, on the same port. */
    public synchronized void startAgain() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(port, host(), ServerSetup.PROTOCOL_SMTP));
            started.start();
            server = started;
        }
    }

    /** Every mail received, oldest first. */
    public synchronized List<Mail> received() {
        List<Mail> all = new ArrayList<>(earlier);
        if (server != null) {
            all.addAll(read(server));
        }
        return all;
    }

    /** Forgets every mail received. */
    public synchronized void clear() {
        earlier.clear();
        if (server != null) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("could not empty the mailboxes", e);
            }
        }
    }

    private static List<Mail> read(GreenMail server) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                Address[] to = message.getAllRecipients();
                String[] unsubscribe = message.getHeader("List-Unsubscribe");
                StringBuilder text = new StringBuilder();
                List<Attachment> attachments = new ArrayList<>();
                readPart(message, text, attachments);
                mails.add(new Mail(to == null || to.length == 0 ? null : to[0].toString(), message.getSubject(),
                        text.toString().strip(), message.getMessageID(),
                        unsubscribe == null ? List.of() : List.of(unsubscribe), List.copyOf(attachments),
                        message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant()));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("could not read a received mail", e);
            }
        }
        return mails;
    }

    /** The text of a mail's parts, and its files. */
    private static void readPart(Part part, StringBuilder text, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                readPart(parts.getBodyPart(i), text, attachments);
            }
        } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream content = part.getInputStream()) {
                attachments.add(new Attachment(MimeUtility.decodeText(part.getFileName()),
                        part.getContentType().split(";")[0].trim(), content.readAllBytes()));
            }
        } else {
            text.append(part.getContent());
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
