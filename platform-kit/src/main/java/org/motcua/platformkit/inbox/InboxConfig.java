package org.motcua.platformkit.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The inbox of handled events ({@code motcua.inbox.*}). */
@ConfigMapping(prefix = "motcua.inbox")
public interface InboxConfig {

    /** How long a handled event's id is kept: a redelivery older than this would be handled again. */
    @WithDefault("P30D")
    Duration retention();
}
