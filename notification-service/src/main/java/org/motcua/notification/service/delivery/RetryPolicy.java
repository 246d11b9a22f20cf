package org.motcua.notification.service.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.motcua.notification.config.DeliveryConfig;
import org.motcua.notification.domain.NotificationStatus;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.channel.DeliveryOutcome;

/**
 * What becomes of a message after a try. A refusal is final. A recipient-side failure is tried again after an
 * exponential wait with jitter, up to a maximum of tries. A channel that is down is nobody's fault: the message
 * waits for the channel (the breaker probes it) and does not use up its tries; only the time limit ends it.
 */
@ApplicationScoped
public class RetryPolicy {

    /** The message's next state. */
    public record Decision(NotificationStatus status, Instant nextAttemptAt, String reason) {
    }

    private final int maxAttempts;
    private final Duration base;
    private final Duration max;
    private final Duration giveUpAfter;
    private final QuietHours quietHours;

    @Inject
    RetryPolicy(DeliveryConfig config, QuietHours quietHours) {
        this(config.maxAttempts(), config.backoffBase(), config.backoffMax(), config.giveUpAfter(), quietHours);
    }

    RetryPolicy(int maxAttempts, Duration base, Duration max, Duration giveUpAfter, QuietHours quietHours) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.max = max;
        this.giveUpAfter = giveUpAfter;
        this.quietHours = quietHours;
    }

    /**
     * @param attempts     tries made, this one included
     * @param createdAt    when the message was written
     * @param channelPause how long the channel's breaker waits before its next probe
     */
    public Decision decide(Channel channel, DeliveryOutcome outcome, int attempts, Instant createdAt,
            Duration channelPause, Instant now) {
        boolean tooOld = Duration.between(createdAt, now).compareTo(giveUpAfter) > 0;
        return switch (outcome.result()) {
            case SENT -> new Decision(NotificationStatus.SENT, null, null);
            case REFUSED -> new Decision(NotificationStatus.FAILED, null, "Kênh từ chối: " + outcome.detail());
            case RETRY -> attempts >= maxAttempts
                    ? new Decision(NotificationStatus.FAILED, null, "Đã thử " + attempts + " lần: " + outcome.detail())
                    : tooOld ? giveUp(outcome)
                    : new Decision(NotificationStatus.QUEUED, quietHours.earliest(channel, now.plus(backoff(attempts))),
                            outcome.detail());
            case CHANNEL_DOWN -> tooOld ? giveUp(outcome)
                    : new Decision(NotificationStatus.QUEUED, quietHours.earliest(channel, now.plus(channelPause)),
                            outcome.detail());
        };
    }

    private Decision giveUp(DeliveryOutcome outcome) {
        return new Decision(NotificationStatus.FAILED, null,
                "Không gửi được sau " + giveUpAfter.toHours() + " giờ: " + outcome.detail());
    }

    /** base·2^(n−1), capped, of which a random half: tries of many messages do not come back together. */
    Duration backoff(int attempts) {
        long millis = base.toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(millis, max.toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }
}
