package org.motcua.platformkit.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The keyed hash (HMAC-SHA-256, hex) under which personal data is stored and looked up without being kept in clear:
 * citizen IDs, contact addresses. One key for the province ({@code motcua.citizen-id.hash-key}), the same in every
 * service, so a hash made by one is found by another.
 */
@ApplicationScoped
public class KeyedHash {

    private final ThreadLocal<Mac> macs;

    KeyedHash(CitizenIdConfig config) {
        SecretKeySpec key = new SecretKeySpec(config.hashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
            }
        });
    }

    /** The hash of the text's UTF-8 bytes, in hex. */
    public String hex(String text) {
        return HexFormat.of().formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
