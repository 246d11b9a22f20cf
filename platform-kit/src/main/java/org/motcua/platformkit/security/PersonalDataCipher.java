package org.motcua.platformkit.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Encrypts an applicant's personal data for storage (name, phone, email, address): AES-256-GCM with a fresh 96-bit
 * nonce per value, authenticated, so a changed value is refused rather than read wrong. A stored value reads
 * {@code pd1.<key id>.<Base64 of nonce, ciphertext and tag>}: the current key encrypts, every configured key
 * decrypts, and {@link #isCurrent} tells a rotation what is left to encrypt again. A value without the prefix is
 * one stored before encryption: read as it is, until the rotation encrypts it.
 */
@ApplicationScoped
public class PersonalDataCipher {

    static final String PREFIX = "pd1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String currentKey;
    private final SecureRandom random = new SecureRandom();

    @Inject
    PersonalDataCipher(PersonalDataConfig config) {
        this(parse(config.keys()), config.currentKey());
    }

    /** @param keys key id → 32 bytes in Base64 */
    public PersonalDataCipher(Map<String, String> keys, String currentKey) {
        keys.forEach((id, key) -> {
            if (!id.matches("[A-Za-z0-9_-]{1,20}")) {
                throw new IllegalArgumentException("a personal-data key id is 1 to 20 letters, digits, _ or -: " + id);
            }
            byte[] bytes = Base64.getDecoder().decode(key.strip());
            if (bytes.length != 32) {
                throw new IllegalArgumentException("personal-data key " + id + " must be 32 bytes (AES-256)");
            }
            this.keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (!this.keys.containsKey(currentKey)) {
            throw new IllegalArgumentException("the current personal-data key " + currentKey + " is not configured");
        }
        this.currentKey = currentKey;
    }

    private static Map<String, String> parse(List<String> entries) {
        Map<String, String> keys = new HashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("a personal-data key is <id>:<Base64 of 32 bytes>");
            }
            keys.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        return keys;
    }

    /** The value to store; null stays null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + currentKey + "." + Base64.getEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The value a stored one holds; null stays null, a value stored before encryption is returned as it is. */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int dot = stored.indexOf('.', PREFIX.length());
        SecretKey key = dot < 0 ? null : keys.get(stored.substring(PREFIX.length(), dot));
        if (key == null) {
            throw new IllegalStateException("personal data encrypted with a key that is not configured: "
                    + (dot < 0 ? "?" : stored.substring(PREFIX.length(), dot)));
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(dot + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("personal data that does not decrypt (changed, or another key's)", e);
        }
    }

    /** Whether the stored value is encrypted with the current key (null: nothing to encrypt). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + currentKey + ".");
    }

    public String currentKeyId() {
        return currentKey;
    }

    /** What a stored value of the current key starts with (a rotation looks for the others). */
    public String currentPrefix() {
        return PREFIX + currentKey + ".";
    }
}
