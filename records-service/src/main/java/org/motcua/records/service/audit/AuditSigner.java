package org.motcua.records.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.records.config.AuditConfig;

/**
 * Signs and checks audit checkpoints with Ed25519. The keys come from configuration: the private key
 * (PKCS#8, base64) where the log is written, the public key (X.509, base64) wherever it is verified.
 */
@ApplicationScoped
public class AuditSigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    AuditSigner(AuditConfig config) {
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            this.privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(config.signingKey().trim())));
            this.publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(config.verifyKey().trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("motcua.audit.signing-key / verify-key are not Ed25519 keys in base64", e);
        }
    }

    /** The signature of a checkpoint sealing entry {@code seq} whose hash is {@code hash}. */
    String sign(long seq, String hash) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message(seq, hash));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit checkpoint cannot be signed", e);
        }
    }

    boolean verify(long seq, String hash, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(message(seq, hash));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] message(long seq, String hash) {
        return (seq + ":" + hash).getBytes(StandardCharsets.US_ASCII);
    }
}
