package org.motcua.notification.config;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

import org.motcua.notification.service.channel.Channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notifications are delivered: tries, waits, batches, quiet hours ({@code motcua.delivery.*}). */
@ConfigMapping(prefix = "motcua.delivery")
public interface DeliveryConfig {

    /** Tries before a message the recipient's side keeps refusing for now (mailbox full...) is given up. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed try; it doubles after each (with jitter) up to {@link #backoffMax()}. */
    @WithDefault("30S")
    Duration backoffBase();

    @WithDefault("1H")
    Duration backoffMax();

    /** A message still not delivered this long after it was written is given up (a channel down for days). */
    @WithDefault("72H")
    Duration giveUpAfter();

    /** Messages a worker takes at once, and sends at once, per channel. */
    @WithDefault("100")
    int batchSize();

    @WithDefault("16")
    int concurrency();

    /** How long a taken message is reserved for the instance that took it (it is tried again after). */
    @WithDefault("2M")
    Duration lease();

    /** How often an idle worker looks for due messages (new ones wake it at once). */
    @WithDefault("1S")
    Duration idlePoll();

    Breaker breaker();

    QuietHours quietHours();

    /** The public address of this service, for the link that stops email ({@code …/api/v1/public/unsubscribe/…}). */
    Optional<String> publicUrl();

    /** When a channel is taken as down: after so many failures in a row, for a pause that doubles up to a max. */
    interface Breaker {
        @WithDefault("5")
        int failures();

        @WithDefault("5S")
        Duration pauseMin();

        @WithDefault("15S")
        Duration pauseMax();
    }

    /** Hours (in Vietnam's time) when these channels send nothing: the messages wait for the morning. */
    interface QuietHours {
        @WithDefault("21:00")
        LocalTime start();

        @WithDefault("07:00")
        LocalTime end();

        @WithDefault("SMS")
        Set<Channel> channels();
    }
}
