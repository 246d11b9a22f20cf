package org.motcua.platformkit.problem;

import java.time.Duration;
import java.util.List;

/** The caller asked too often (a rate limit, or a costly job already running): 429, with when to try again. */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("rate-limited", "Quá nhiều yêu cầu, vui lòng thử lại sau " + seconds(retryAfter) + " giây", List.of());
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one ({@code Retry-After}). */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Quá nhiều yêu cầu";
    }
}
