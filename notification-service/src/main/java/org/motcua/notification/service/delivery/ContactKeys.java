package org.motcua.notification.service.delivery;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.notification.config.DeliveryConfig;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.channel.PhoneNumbers;
import org.motcua.platformkit.security.KeyedHash;

/**
 * Addresses (an email, a phone number) are personal data: preferences are kept under a keyed hash of the address
 * (platform-kit's {@link KeyedHash}), never the address itself. The key also makes the link that stops email to one
 * address.
 */
@ApplicationScoped
public class ContactKeys {

    private final KeyedHash keyedHash;
    private final Optional<String> publicUrl;

    ContactKeys(KeyedHash keyedHash, DeliveryConfig config) {
        this.keyedHash = keyedHash;
        this.publicUrl = config.publicUrl().map(url -> url.replaceAll("/+$", ""));
    }

    /** The key of an address as the channel reaches it (email lower-cased, phone in its national form); null if none. */
    public String of(Channel channel, String address) {
        String normal = normal(channel, address);
        if (normal == null) {
            return null;
        }
        return keyedHash.hex("contact:" + normal);
    }

    /**
     * The key that keeps one person's messages in order: a keyed hash of the address as written (the address itself
     * is stored encrypted, so not comparable); null if none.
     */
    public String ofAddress(String address) {
        return address == null ? null : keyedHash.hex("address:" + address);
    }

    /** The one-click link that stops this channel for this address (email only), or null. */
    public String unsubscribeUrl(Channel channel, String address) {
        if (channel != Channel.EMAIL || publicUrl.isEmpty()) {
            return null;
        }
        String contactKey = of(channel, address);
        return contactKey == null ? null : publicUrl.get() + "/api/v1/public/unsubscribe/" + channel.name() + "." + contactKey;
    }

    private static String normal(Channel channel, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return channel.byPhone() ? PhoneNumbers.national(address) : address.strip().toLowerCase(Locale.ROOT);
    }
}
