package org.motcua.platformkit.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import io.smallrye.config.ConfigMapping;

/**
 * The keys that encrypt applicants' personal data at rest ({@code motcua.personal-data.*}), from a secret: each
 * named, so that a value says which key encrypted it and keys rotate without a stop.
 */
@ConfigMapping(prefix = "motcua.personal-data")
public interface PersonalDataConfig {

    /**
     * The keys, each {@code <id>:<32 bytes in Base64>}, comma separated (one secret,
     * {@code MOTCUA_PERSONAL_DATA_KEYS}); old keys stay while values they encrypted remain.
     */
    List<String> keys();

    /** The id of the key that encrypts from now on. */
    @NotBlank
    String currentKey();
}
