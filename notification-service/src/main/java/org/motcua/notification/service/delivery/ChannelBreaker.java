package org.motcua.notification.service.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whether a channel is taken as down. After so many "channel down" answers in a row it pauses (no message is
 * tried, so none uses its tries or its time in vain), then lets one message through as a probe: an answer from the
 * channel closes it, another failure pauses it again, twice as long (with jitter) up to a maximum.
 */
public final class ChannelBreaker {

    /** The breaker as the operators see it. */
    public record State(boolean open, int failuresInARow, Instant pausedUntil) {
    }

    private final int threshold;
    private final Duration pauseMin;
    private final Duration pauseMax;
    private int failuresInARow;
    private Duration pause;
    private Instant pausedUntil;

    ChannelBreaker(int threshold, Duration pauseMin, Duration pauseMax) {
        this.threshold = threshold;
        this.pauseMin = pauseMin;
        this.pauseMax = pauseMax;
        this.pause = pauseMin;
    }

    /** How many messages may be tried now: a batch, one probe, or none while paused. */
    public synchronized int permits(Instant now, int batchSize) {
        if (pausedUntil == null) {
            return batchSize;
        }
        return now.isBefore(pausedUntil) ? 0 : 1;
    }

    /** Until when the channel is paused (null when it is not). */
    public synchronized Instant pausedUntil() {
        return pausedUntil;
    }

    /** The pause a message waiting for this channel should wait at least. */
    public synchronized Duration pause() {
        return pause;
    }

    /** The channel answered (whatever it said): it works. */
    public synchronized void answered() {
        failuresInARow = 0;
        pausedUntil = null;
        pause = pauseMin;
    }

    /** The channel did not answer to {@code failures} tries of one batch (a failed probe doubles the pause once). */
    public synchronized void down(Instant now, int failures) {
        boolean probeFailed = pausedUntil != null;
        failuresInARow += failures;
        if (probeFailed) {
            pause = pause.multipliedBy(2).compareTo(pauseMax) > 0 ? pauseMax : pause.multipliedBy(2);
        }
        if (probeFailed || failuresInARow >= threshold) {
            long jitter = ThreadLocalRandom.current().nextLong(pause.toMillis() / 4 + 1);
            pausedUntil = now.plus(pause).plusMillis(jitter);
        }
    }

    public synchronized State state() {
        return new State(pausedUntil != null, failuresInARow, pausedUntil);
    }
}
