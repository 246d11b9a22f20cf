package org.motcua.platformkit.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Citizen ID numbers (số định danh cá nhân, 12 digits) are personal data: stored and looked up only by
 * a keyed hash (HMAC-SHA-256 with a key from configuration) and shown only masked. Never log them.
 */
@ApplicationScoped
public class CitizenIds {

    private final SecretKeySpec key;

    CitizenIds(@ConfigProperty(name = "motcua.citizen-id.hash-key") String hashKey) {
        this.key = new SecretKeySpec(hashKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The lookup hash of a citizen ID (hex). */
    public String hash(String citizenId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(citizenId.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    /** The form shown to people: only the last three digits, e.g. {@code *********789}. */
    public static String mask(String citizenId) {
        if (citizenId == null || citizenId.length() <= 3) {
            return "***";
        }
        return "*".repeat(citizenId.length() - 3) + citizenId.substring(citizenId.length() - 3);
    }
}
