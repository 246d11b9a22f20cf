package org.motcua.platformkit.problem;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Positive;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request sizes a service accepts, refused with a problem+json ({@code motcua.http.*}). */
@ConfigMapping(prefix = "motcua.http")
public interface HttpLimitsConfig {

    /** The longest request URI (414 beyond it). */
    @WithDefault("4096")
    @Positive
    int maxUriLength();

    /** The largest request body (413 beyond it); none = the HTTP layer's {@code quarkus.http.limits.max-body-size}. */
    Optional<MemorySize> maxBodySize();

    /** Paths whose bodies may be as large as the HTTP layer allows (uploads of export files). */
    Optional<List<String>> largeBodyPaths();
}
