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
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

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
        return token(subject, null, role, unitCode, validity);
    }

    /**
     * A signed token as above that also carries the person's name (the {@code name} claim people see).
     *
     * @param name the person's full name, or null
     */
    public String token(String subject, String name, String role, String unitCode, Duration validity) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", LOCAL_ISSUER);
        claims.put("sub", subject);
        claims.put("upn", subject);
        if (name != null) {
            claims.put("name", name);
        }
        claims.put("groups", List.of(role));
        if (unitCode != null) {
            claims.put("unit", List.of(unitCode));
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(validity).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return sign(Map.of("alg", "RS256", "typ", "JWT", "kid", "motcua-local"), claims);
    }

    /** A token of these claims as they are (any issuer, audience, expiry), signed with this key pair (RS256). */
    public String signed(Map<String, Object> claims) {
        return sign(Map.of("alg", "RS256", "typ", "JWT", "kid", "motcua-local"), claims);
    }

    /** A token of these claims with no signature at all ({@code alg: none}), as an attacker would send one. */
    public static String unsigned(Map<String, Object> claims) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "none", "typ", "JWT"))) + "."
                    + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims)) + ".";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact JWS (RFC 7515) signed with RS256. */
    private String sign(Map<String, Object> header, Map<String, Object> claims) {
        try {
            String signingInput = BASE64URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the token", e);
        }
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
