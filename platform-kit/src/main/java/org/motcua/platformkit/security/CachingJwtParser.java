package org.motcua.platformkit.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies a bearer token once, then remembers the verified token for a minute (never beyond its expiry):
 * an integrating system sends many requests with the same token, and the RSA check and JSON parsing were
 * a sixth of a submission's CPU. A token is remembered by its exact string, so nothing unverified is
 * ever accepted.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    static final Duration REMEMBER = Duration.ofSeconds(60);
    private static final int MAX_TOKENS = 10_000;

    private final JWTParser delegate;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @jakarta.inject.Inject
    CachingJwtParser(DefaultJWTParser delegate, Clock clock) {
        this((JWTParser) delegate, clock);
    }

    CachingJwtParser(JWTParser delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    private record Verified(JsonWebToken token, Instant until) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && known.until().isAfter(now)) {
            return known.token();
        }
        JsonWebToken parsed = delegate.parse(token);
        Instant until = now.plus(REMEMBER);
        Instant expires = Instant.ofEpochSecond(parsed.getExpirationTime());
        if (parsed.getExpirationTime() > 0 && expires.isBefore(until)) {
            until = expires;
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(parsed, until));
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
