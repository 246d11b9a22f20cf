package org.motcua.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The Ed25519 key pair that signs records' audit checkpoints on this machine, made once and kept with the
 * stack's data (base64: PKCS#8 private, X.509 public). A province's deployment brings its own.
 */
record AuditKeys(String signingKey, String verifyKey) {

    static AuditKeys loadOrCreate(Path directory) {
        Path signing = directory.resolve("audit-ed25519.key");
        Path verify = directory.resolve("audit-ed25519.pub");
        try {
            if (!Files.exists(signing) || !Files.exists(verify)) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Files.createDirectories(directory);
                Files.writeString(signing, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                Files.writeString(verify, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            }
            return new AuditKeys(Files.readString(signing).trim(), Files.readString(verify).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make Ed25519 keys", e);
        }
    }
}
