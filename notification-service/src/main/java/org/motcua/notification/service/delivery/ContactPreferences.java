package org.motcua.notification.service.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.motcua.notification.service.channel.Channel;

/**
 * What each person wants: per address and channel, messages or not. Without a choice: email to an email address,
 * SMS to a phone number, Zalo only when asked for (it needs a Zalo account).
 */
@ApplicationScoped
public class ContactPreferences {

    /** Where a channel reaches a person, whether they want it there, and whether they said so. */
    public record Choice(Channel channel, String address, boolean wanted, boolean chosen) {
    }

    /** Who set a choice. */
    public enum Source {
        /** A clerk at the desk, for the applicant. */
        DESK,
        /** An integrating system (the national portal), for its user. */
        PORTAL,
        /** The person, through the link in an email. */
        LINK
    }

    /** Choices read ahead for a transaction: the keys asked for, and the choices found among them. */
    private record ReadAhead(Set<String> keys, Map<String, Boolean> chosen) {
    }

    private static final String READ_AHEAD = ContactPreferences.class.getName() + ".readAhead";

    private final EntityManager entityManager;
    private final ContactKeys keys;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    ContactPreferences(EntityManager entityManager, ContactKeys keys, TransactionSynchronizationRegistry transactions,
            Clock clock) {
        this.entityManager = entityManager;
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Reads, in one query, the choices of these people (email, phone) for the rest of the transaction: a poll's
     * notifications then need no query each.
     */
    public void readAhead(List<String[]> emailsAndPhones) {
        Set<String> contactKeys = new HashSet<>();
        for (String[] person : emailsAndPhones) {
            for (Channel channel : new Channel[] { Channel.EMAIL, Channel.SMS }) {
                String key = keys.of(channel, channel.byPhone() ? person[1] : person[0]);
                if (key != null) {
                    contactKeys.add(key);
                }
            }
        }
        transactions.putResource(READ_AHEAD, new ReadAhead(contactKeys, chosen(contactKeys)));
    }

    /** The channels that reach a person with this email and phone (either may be missing), with their choices. */
    public List<Choice> choicesOf(String email, String phone) {
        String emailKey = keys.of(Channel.EMAIL, email);
        String phoneKey = keys.of(Channel.SMS, phone); // SMS and Zalo reach the same number
        Map<Channel, String> contactKeys = new java.util.EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            String key = channel.byPhone() ? phoneKey : emailKey;
            if (key != null) {
                contactKeys.put(channel, key);
            }
        }
        Object ahead = transactions.getTransactionKey() == null ? null : transactions.getResource(READ_AHEAD);
        Map<String, Boolean> chosen = ahead instanceof ReadAhead read && read.keys().containsAll(contactKeys.values())
                ? read.chosen() : chosen(contactKeys.values());
        List<Choice> choices = new ArrayList<>();
        contactKeys.forEach((channel, key) -> {
            Boolean choice = chosen.get(channel.name() + ":" + key);
            choices.add(new Choice(channel, channel.byPhone() ? phone : email,
                    choice != null ? choice : channel != Channel.ZALO, choice != null));
        });
        return choices;
    }

    /** Records choices for the addresses given (a null choice leaves the channel as it was). */
    @Transactional
    public void choose(String email, String phone, Map<Channel, Boolean> wanted, Source source, String by) {
        wanted.forEach((channel, yes) -> {
            String key = keys.of(channel, channel.byPhone() ? phone : email);
            if (key == null || yes == null) {
                return;
            }
            entityManager.createNativeQuery("""
                    INSERT INTO contact_preference (contact_key, channel, allowed, source, updated_by, updated_at)
                    VALUES (:key, :channel, :allowed, :source, :by, :at)
                    ON CONFLICT (contact_key, channel) DO UPDATE SET allowed = EXCLUDED.allowed, source = EXCLUDED.source,
                        updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                    .setParameter("key", key).setParameter("channel", channel.name()).setParameter("allowed", yes)
                    .setParameter("source", source.name()).setParameter("by", by)
                    .setParameter("at", Timestamp.from(clock.instant())).executeUpdate();
        });
    }

    /** Stops one channel for the address whose key the link carries; false if the link names no channel. */
    @Transactional
    public boolean stop(Channel channel, String contactKey) {
        if (contactKey == null || !contactKey.matches("[0-9a-f]{64}")) {
            return false;
        }
        entityManager.createNativeQuery("""
                INSERT INTO contact_preference (contact_key, channel, allowed, source, updated_by, updated_at)
                VALUES (:key, :channel, false, 'LINK', NULL, :at)
                ON CONFLICT (contact_key, channel) DO UPDATE SET allowed = false, source = 'LINK', updated_by = NULL,
                    updated_at = EXCLUDED.updated_at""")
                .setParameter("key", contactKey).setParameter("channel", channel.name())
                .setParameter("at", Timestamp.from(clock.instant())).executeUpdate();
        return true;
    }

    private Map<String, Boolean> chosen(java.util.Collection<String> contactKeys) {
        Map<String, Boolean> chosen = new HashMap<>();
        if (contactKeys.isEmpty()) {
            return chosen;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT contact_key, channel, allowed FROM contact_preference WHERE contact_key IN (:keys)")
                // only this table: the notifications written before stay in the session for one batched insert
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("contact_preference")
                .setParameter("keys", new java.util.HashSet<>(contactKeys)).getResultList();
        rows.forEach(row -> chosen.put(row[1] + ":" + row[0], (Boolean) row[2]));
        return chosen;
    }
}
