package org.motcua.platformkit.security;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often callers may call ({@code motcua.rate-limits.*}); beyond it 429 with {@code Retry-After}. */
@ConfigMapping(prefix = "motcua.rate-limits")
public interface RateLimitsConfig {

    /** Requests a minute from one address to the public endpoints ({@code /api/v1/public/}: lookup, unsubscribe). */
    @WithDefault("30")
    @Positive
    int publicPerMinute();

    /** Requests a minute from one integrating system (national portal, postal service), to each service. */
    @WithDefault("600")
    @Positive
    int integrationPerMinute();

    /** Callers remembered at once (the least recently seen forgotten). */
    @WithDefault("100000")
    @Positive
    int maxCallers();
}
