package org.motcua.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motcua.notification.channel.Channel;
import org.motcua.notification.channel.PhoneNumbers;

/**
 * Addresses (an email, a phone number) are personal data: preferences are kept under a keyed hash of the address
 * (HMAC-SHA-256 with the province's personal-data key), never the address itself. The same key makes the link that
 * stops email to one address.
 */
@ApplicationScoped
public class ContactKeys {

    private final ThreadLocal<Mac> macs;
    private final Optional<String> publicUrl;

    ContactKeys(@ConfigProperty(name = "motcua.citizen-id.hash-key") String hashKey, DeliveryConfig config) {
        SecretKeySpec key = new SecretKeySpec(hashKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
            }
        });
        this.publicUrl = config.publicUrl().map(url -> url.replaceAll("/+$", ""));
    }

    /** The key of an address as the channel reaches it (email lower-cased, phone in its national form); null if none. */
    public String of(Channel channel, String address) {
        String normal = normal(channel, address);
        if (normal == null) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(("contact:" + normal).getBytes(StandardCharsets.UTF_8)));
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
