package org.motcua.notification.service.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.motcua.notification.domain.Notification;
import org.motcua.notification.domain.NotificationRepository;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.delivery.ContactPreferences.Choice;
import org.motcua.notification.service.template.NotificationTemplates;
import org.motcua.notification.service.template.TemplateKind;
import org.motcua.platformkit.pdf.ApologyLetter;
import org.motcua.platformkit.transaction.AfterCompletion;

/**
 * Writes the notifications of one event for one person: one per channel that reaches them, its text rendered
 * from the kind's template for that channel, queued for delivery (after the quiet hours for a quiet channel), or
 * kept as skipped where the person said no. The delivery workers are woken when the transaction commits.
 */
@ApplicationScoped
public class NotificationWriter {

    /** A person to tell: the recipient's key ({@link Notification#APPLICANT} or a staff member's id) and contacts. */
    public record Person(String recipient, String fullName, String email, String phone) {
    }

    private final ContactPreferences preferences;
    private final NotificationTemplates templates;
    private final NotificationRepository notifications;
    private final QuietHours quietHours;
    private final DeliveryWorkers workers;
    private final TransactionSynchronizationRegistry transactions;
    private final ApologyLetters apologyLetters;
    private final ContactKeys contactKeys;
    private final Clock clock;

    NotificationWriter(ContactPreferences preferences, NotificationTemplates templates,
            NotificationRepository notifications, QuietHours quietHours, DeliveryWorkers workers,
            TransactionSynchronizationRegistry transactions, ApologyLetters apologyLetters, ContactKeys contactKeys,
            Clock clock) {
        this.preferences = preferences;
        this.templates = templates;
        this.notifications = notifications;
        this.quietHours = quietHours;
        this.workers = workers;
        this.transactions = transactions;
        this.apologyLetters = apologyLetters;
        this.contactKeys = contactKeys;
        this.clock = clock;
    }

    /** Writes the notifications (inside the caller's transaction); returns how many are queued. */
    public int write(Notification.About about, Person person, TemplateKind kind, Map<String, String> values) {
        return write(about, person, kind, values, null);
    }

    /** Writes the notifications, the mail with the apology letter (Mẫu 04) attached; returns how many are queued. */
    public int write(Notification.About about, Person person, TemplateKind kind, Map<String, String> values,
            ApologyLetter apologyLetter) {
        Instant now = clock.instant();
        List<Choice> choices = preferences.choicesOf(person.email(), person.phone());
        int queued = 0;
        for (Choice choice : choices) {
            if (!choice.wanted() && !choice.chosen()) {
                continue; // a channel only on request (Zalo)
            }
            Map<String, String> all = new HashMap<>(values);
            all.put(kind.recipientVariable(), person.fullName() == null ? "" : person.fullName());
            String text = templates.render(kind, choice.channel(), all);
            Notification.To to = new Notification.To(person.recipient(), person.fullName(), choice.channel().name(),
                    choice.address(), contactKeys.ofAddress(choice.address()));
            if (!choice.wanted()) {
                // they said no: kept, so staff see why they were not told there
                notifications.persist(Notification.skipped(about, to, text,
                        "Người nhận đã chọn không nhận thông báo qua kênh này", now));
                continue;
            }
            String subject = null;
            if (choice.channel() == Channel.EMAIL) {
                int newline = text.indexOf('\n');
                subject = newline < 0 ? text : text.substring(0, newline).strip();
                text = newline < 0 ? "" : text.substring(newline + 1).strip();
            }
            notifications.persist(Notification.queued(about, to, subject, text,
                    choice.channel() == Channel.EMAIL ? apologyLetters.stored(apologyLetter) : null, now,
                    quietHours.earliest(choice.channel(), now)));
            queued++;
        }
        if (queued > 0) {
            wakeWorkersOnCommit();
        }
        return queued;
    }

    private void wakeWorkersOnCommit() {
        if (transactions.getResource(NotificationWriter.class) != null) {
            return;
        }
        transactions.putResource(NotificationWriter.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(AfterCompletion.onCommit(workers::wake));
    }
}
