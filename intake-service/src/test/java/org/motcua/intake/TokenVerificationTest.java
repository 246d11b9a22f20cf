package org.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.security.CachingJwtParser;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;

/** The service verifies bearer tokens through the caching parser of platform-kit. */
@QuarkusTest
class TokenVerificationTest {

    @Inject
    JWTParser parser;

    @Test
    void tokensAreVerifiedThroughTheCachingParser() {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(CachingJwtParser.class);
    }
}
