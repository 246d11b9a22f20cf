package org.motcua.notification.config;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Staff alerts ({@code motcua.alerts.*}): when the digests go out, and when a unit's queue counts as congested. */
@ConfigMapping(prefix = "motcua.alerts")
public interface AlertConfig {

    /** When the at-risk digests go out, in Vietnam's time (Quartz cron; read by the scheduler). */
    @WithDefault("0 30 7,13 * * ?")
    String digestCron();

    /** How often the alert stream looks for new alerts (read by the scheduler). */
    @WithDefault("1S")
    Duration feedPoll();

    /** A queue that takes this many working days or more to clear raises a congestion alert. */
    @WithDefault("3")
    @Positive
    double congestionDays();

    /** ...and is clear again below this (a margin, so a queue hovering at the limit does not alert at every sample). */
    @WithDefault("2")
    @Positive
    double clearDays();
}
