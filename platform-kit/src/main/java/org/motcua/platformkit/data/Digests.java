package org.motcua.platformkit.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests: content versions, request fingerprints, stable local codes. */
public final class Digests {

    private Digests() {
    }

    public static String sha256Hex(byte[] content) {
        return hex("SHA-256", content);
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha1Hex(String text) {
        return hex("SHA-1", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
