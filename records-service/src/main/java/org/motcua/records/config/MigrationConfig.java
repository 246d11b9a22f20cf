package org.motcua.records.config;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The import of the pre-merger systems' exports ({@code motcua.migrations.*}). */
@ConfigMapping(prefix = "motcua.migrations")
public interface MigrationConfig {

    /** Where uploaded export files are kept while they are imported. */
    Path root();

    /** Rows written per transaction (a chunk). */
    @WithDefault("1000")
    @Positive
    @Max(10_000)
    int chunkRows();
}
