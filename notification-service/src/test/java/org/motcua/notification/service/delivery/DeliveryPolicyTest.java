package org.motcua.notification.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.notification.domain.NotificationStatus;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.channel.DeliveryOutcome;
import org.motcua.platformkit.time.ProvinceTime;

/** Quiet hours, the retry policy and the channel breaker, on their own. */
class DeliveryPolicyTest {

    private final QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), Set.of(Channel.SMS));
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(10),
            Duration.ofHours(72), quiet);

    private static Instant vietnam(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ProvinceTime.ZONE).toInstant();
    }

    @Test
    void noSmsAtNightButEmailAnyTime() {
        Instant night = vietnam(29, 22, 30);
        Instant sms = quiet.earliest(Channel.SMS, night);
        assertThat(sms).isBetween(vietnam(30, 7, 0), vietnam(30, 7, 10));
        assertThat(quiet.earliest(Channel.EMAIL, night)).isEqualTo(night);
        Instant early = vietnam(30, 5, 0);
        assertThat(quiet.earliest(Channel.SMS, early)).isBetween(vietnam(30, 7, 0), vietnam(30, 7, 10));
        Instant day = vietnam(30, 9, 0);
        assertThat(quiet.earliest(Channel.SMS, day)).isEqualTo(day);
        assertThat(quiet.earliest(Channel.SMS, vietnam(30, 21, 0))).isAfter(vietnam(1 + 0, 0, 0).plus(Duration.ofDays(1)));
    }

    @Test
    void aRecipientSideFailureWaitsLongerEachTimeWithJitterThenGivesUp() {
        Instant now = vietnam(30, 9, 0);
        Instant created = now.minusSeconds(5);
        for (int attempt = 1; attempt <= 3; attempt++) {
            Duration full = Duration.ofSeconds(30L << (attempt - 1));
            RetryPolicy.Decision d = policy.decide(Channel.EMAIL, DeliveryOutcome.retry("SMTP 452"), attempt, created,
                    Duration.ofSeconds(5), now);
            assertThat(d.status()).isEqualTo(NotificationStatus.QUEUED);
            assertThat(Duration.between(now, d.nextAttemptAt())).isBetween(full.dividedBy(2), full);
        }
        RetryPolicy.Decision last = policy.decide(Channel.EMAIL, DeliveryOutcome.retry("SMTP 452"), 4, created,
                Duration.ofSeconds(5), now);
        assertThat(last.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(last.reason()).contains("Đã thử 4 lần");
        assertThat(policy.backoff(30)).isLessThanOrEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aChannelDownUsesNoTriesButTheTimeLimitEndsIt() {
        Instant now = vietnam(30, 9, 0);
        RetryPolicy.Decision waiting = policy.decide(Channel.EMAIL, DeliveryOutcome.channelDown("refused"), 50,
                now.minus(Duration.ofHours(1)), Duration.ofSeconds(20), now);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(waiting.nextAttemptAt()).isEqualTo(now.plusSeconds(20));
        RetryPolicy.Decision tooOld = policy.decide(Channel.EMAIL, DeliveryOutcome.channelDown("refused"), 50,
                now.minus(Duration.ofHours(73)), Duration.ofSeconds(20), now);
        assertThat(tooOld.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(policy.decide(Channel.SMS, DeliveryOutcome.refused("118"), 1, now, Duration.ZERO, now).status())
                .isEqualTo(NotificationStatus.FAILED);
        // an SMS waiting for its gateway at night waits for the morning too
        Instant night = vietnam(30, 23, 0);
        assertThat(policy.decide(Channel.SMS, DeliveryOutcome.channelDown("503"), 1, night, Duration.ofSeconds(20), night)
                .nextAttemptAt()).isAfter(vietnam(30, 23, 59));
    }

    @Test
    void theBreakerPausesAChannelAfterFailuresInARowProbesItAndClosesWhenItAnswers() {
        ChannelBreaker breaker = new ChannelBreaker(3, Duration.ofSeconds(5), Duration.ofSeconds(60));
        Instant now = Instant.parse("2026-11-30T02:00:00Z");
        breaker.down(now, 2);
        assertThat(breaker.permits(now, 100)).isEqualTo(100);
        breaker.down(now, 40); // a whole batch failed: paused, for the first pause only
        assertThat(breaker.permits(now, 100)).isZero();
        assertThat(breaker.pause()).isEqualTo(Duration.ofSeconds(5));
        assertThat(breaker.state().open()).isTrue();
        Instant later = breaker.pausedUntil().plusMillis(1);
        assertThat(breaker.permits(later, 100)).isEqualTo(1);
        breaker.down(later, 1); // the probe failed: a longer pause
        assertThat(breaker.pause()).isEqualTo(Duration.ofSeconds(10));
        assertThat(breaker.permits(later.plusSeconds(9), 100)).isZero();
        breaker.answered();
        assertThat(breaker.permits(later, 100)).isEqualTo(100);
        assertThat(breaker.state().open()).isFalse();
    }
}
