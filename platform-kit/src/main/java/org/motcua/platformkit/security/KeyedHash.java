package org.motcua.platformkit.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The keyed hash (HMAC-SHA-256, hex) under which personal data is stored and looked up without being kept in clear:
 * citizen IDs, contact addresses. One key for the province ({@code motcua.citizen-id.hash-key}), the same in every
 * service, so a hash made by one is found by another.
 */
@ApplicationScoped
public class KeyedHash {

    private final ThreadLocal<Mac> macs;

    @Inject
    KeyedHash(CitizenIdConfig config) {
        this(config.hashKey());
    }

    private KeyedHash(String secret) {
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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

    /** A keyed hash outside the application (a tool or a benchmark writing rows as the services would). */
    public static KeyedHash withKey(String secret) {
        return new KeyedHash(secret);
    }

    /** The hash of the text's UTF-8 bytes, in hex. */
    public String hex(String text) {
        return HexFormat.of().formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
