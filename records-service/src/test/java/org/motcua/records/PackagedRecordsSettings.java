package org.motcua.records;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What the packaged service needs besides the platform, as an operator gives it: where documents and migration
 * files are kept (under target/), and the audit trail's own signing key pair (made for the run).
 */
public class PackagedRecordsSettings implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KeyPair audit;
        try {
            audit = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
        Base64.Encoder base64 = Base64.getEncoder();
        return Map.of("motcua.documents.root", "target/it-documents", "motcua.migrations.root", "target/it-migrations",
                "motcua.audit.signing-key", base64.encodeToString(audit.getPrivate().getEncoded()),
                "motcua.audit.verify-key", base64.encodeToString(audit.getPublic().getEncoded()));
    }

    @Override
    public void stop() {
        // nothing to stop
    }
}
