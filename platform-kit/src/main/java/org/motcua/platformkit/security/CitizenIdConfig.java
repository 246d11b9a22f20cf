package org.motcua.platformkit.security;

import jakarta.validation.constraints.NotBlank;

import io.smallrye.config.ConfigMapping;

/** The province's key for keyed hashes of citizen IDs and contacts ({@code motcua.citizen-id.*}), from the environment. */
@ConfigMapping(prefix = "motcua.citizen-id")
public interface CitizenIdConfig {

    /** The same in every service, so the hashes of one person match across them. */
    @NotBlank
    String hashKey();
}
