package org.motcua.platformkit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay ({@code motcua.outbox.*}). */
@ConfigMapping(prefix = "motcua.outbox")
public interface OutboxConfig {

    /** CloudEvents source of this service, {@code /motcua/<service>}. */
    String source();

    /** Whether this instance runs the relay at all. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long the relay waits when nothing woke it up. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** How long the relay lets commits gather after one woke it, so that they are sent as one batch. */
    @WithDefault("PT0.01S")
    Duration coalesce();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long sent rows are kept before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
