package org.motcua.records.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The audit log's chain and its signed checkpoints ({@code motcua.audit.*}); the keys come from the environment. */
@ConfigMapping(prefix = "motcua.audit")
public interface AuditConfig {

    /** The Ed25519 private key (PKCS#8, base64) that signs the checkpoints. */
    @NotBlank
    String signingKey();

    /** Its public key (X.509, base64), with which anyone verifies them. */
    @NotBlank
    String verifyKey();

    /** A signed checkpoint after this many entries. */
    @WithDefault("1000")
    @Positive
    int checkpointEvery();
}
