package org.motcua.records.config;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a dossier is kept when no rule names its procedure or field ({@code motcua.retention.*}). */
@ConfigMapping(prefix = "motcua.retention")
public interface RetentionConfig {

    /** Years after the dossier ended. */
    @WithDefault("10")
    @Positive
    int defaultYears();
}
