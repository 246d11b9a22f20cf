package org.motcua.platformkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.time.MovableClock;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

class CachingJwtParserTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private long expiry = Instant.parse("2026-11-29T03:00:00Z").getEpochSecond();

    private final JWTParser delegate = (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { JWTParser.class }, (proxy, method, args) -> {
                String token = (String) args[0];
                if (token.startsWith("forged")) {
                    throw new ParseException("bad signature");
                }
                verifications.incrementAndGet();
                return token((long) expiry);
            });

    @Test
    void aTokenIsVerifiedOnceAMinuteAndNeverAfterItExpires() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-29T02:00:00Z"));
        CachingJwtParser parser = new CachingJwtParser(delegate, clock);
        parser.parse("good");
        parser.parse("good");
        assertThat(verifications).hasValue(1);
        clock.advance(Duration.ofSeconds(61));
        parser.parse("good");
        assertThat(verifications).hasValue(2);

        expiry = clock.instant().plusSeconds(5).getEpochSecond();
        parser.parse("short-lived");
        clock.advance(Duration.ofSeconds(6));
        parser.parse("short-lived");
        assertThat(verifications).hasValue(4);
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() {
        CachingJwtParser parser = new CachingJwtParser(delegate, new MovableClock(Instant.parse("2026-11-29T02:00:00Z")));
        assertThatThrownBy(() -> parser.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse("forged")).isInstanceOf(ParseException.class);
    }

    private static JsonWebToken token(long expiry) {
        return (JsonWebToken) Proxy.newProxyInstance(CachingJwtParserTest.class.getClassLoader(),
                new Class<?>[] { JsonWebToken.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getExpirationTime" -> expiry;
                    case "getName" -> "x";
                    default -> null;
                });
    }
}
