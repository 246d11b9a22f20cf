package org.motcua.notification.service.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.motcua.notification.config.DeliveryConfig;
import org.motcua.notification.service.channel.Channel;
import org.motcua.platformkit.time.ProvinceTime;

/** Nobody's phone rings at night: a quiet channel's message due in quiet hours waits until they end. */
@ApplicationScoped
public class QuietHours {

    /** The morning's messages leave over this many seconds, not all at the first one. */
    static final int MORNING_SPREAD_SECONDS = 600;

    private final LocalTime start;
    private final LocalTime end;
    private final Set<Channel> channels;

    @Inject
    QuietHours(DeliveryConfig config) {
        this(config.quietHours().start(), config.quietHours().end(), config.quietHours().channels());
    }

    QuietHours(LocalTime start, LocalTime end, Set<Channel> channels) {
        this.start = start;
        this.end = end;
        this.channels = Set.copyOf(channels);
    }

    /** When a message of this channel due at {@code due} may leave: then, or when the quiet hours end. */
    public Instant earliest(Channel channel, Instant due) {
        if (!channels.contains(channel) || start.equals(end)) {
            return due;
        }
        ZonedDateTime local = due.atZone(ProvinceTime.ZONE);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return due;
        }
        ZonedDateTime morning = local.with(end).withSecond(0).withNano(0);
        if (!morning.isAfter(local)) {
            morning = morning.plusDays(1);
        }
        return morning.toInstant().plusSeconds(ThreadLocalRandom.current().nextInt(MORNING_SPREAD_SECONDS));
    }
}
