package org.motcua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * An RS256 key pair that signs tokens for tests and the local stack; the services verify with the
 * public key given in {@code mp.jwt.verify.publickey.location}. Never used in production, where the
 * province's OIDC provider issues tokens.
 */
public final class JwtKeys {

    /** Issuer of locally minted tokens ({@code mp.jwt.verify.issuer}). */
    public static final String LOCAL_ISSUER = "https://motcua.local/issuer";
    private static final String PRIVATE_FILE = "jwt-private.pem";
    private static final String PUBLIC_FILE = "jwt-public.pem";

    private final PrivateKey privateKey;
    private final Path publicKeyFile;

    private JwtKeys(PrivateKey privateKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** Reads the key pair kept in {@code directory}, creating it the first time. */
    public static JwtKeys loadOrCreate(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privateFile = directory.resolve(PRIVATE_FILE);
            Path publicFile = directory.resolve(PUBLIC_FILE);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                privateFile.toFile().setReadable(false, false);
                privateFile.toFile().setReadable(true, true);
            }
            byte[] encoded = unpem(Files.readString(privateFile));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            return new JwtKeys(key, publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unusable JWT key pair in " + directory, e);
        }
    }

    /** The PEM file of the public key, for {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public PublicKey publicKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(unpem(Files.readString(publicKeyFile))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A signed token for a role and a unit (null for province-wide roles).
     *
     * @param subject  the account name
     * @param role     one of the platform roles
     * @param unitCode the unit claim, or null
     * @param validity how long it is valid
     */
    public String token(String subject, String role, String unitCode, Duration validity) {
        var builder = Jwt.issuer(LOCAL_ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(validity);
        if (unitCode != null) {
            builder = builder.claim("unit", List.of(unitCode));
        }
        return builder.jws().keyId("motcua-local").sign(privateKey);
    }

    /** A token valid for one hour, named after its role and unit. */
    public String token(String role, String unitCode) {
        return token(role + (unitCode == null ? "" : "." + unitCode) + "@motcua.local", role, unitCode,
                Duration.ofHours(1));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
    }
}
