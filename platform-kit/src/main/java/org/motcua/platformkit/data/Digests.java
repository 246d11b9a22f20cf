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

    /** The SHA-256 of a file, read as a stream (never whole into memory). */
    public static String sha256Hex(java.nio.file.Path file) throws java.io.IOException {
        MessageDigest digest = sha256();
        try (java.io.InputStream in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A fresh SHA-256 digest, for content hashed as it streams by. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
