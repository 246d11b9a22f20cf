package org.motcua.platformkit.inbox;

import java.time.Duration;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * Runs a piece of work again, after a growing pause (0.1 s doubling up to 5 s), for as long as it fails
 * {@linkplain TransientFailures transiently}; any other failure is thrown at once. The consumer's thread waits: its
 * partitions are paused by the connector meanwhile, and the message is committed only once applied.
 */
final class Backoff {

    private static final Logger LOG = Logger.getLogger(Backoff.class);
    private static final Duration FIRST = Duration.ofMillis(100);
    private static final Duration LONGEST = Duration.ofSeconds(5);

    private Backoff() {
    }

    static <T> T untilDone(String work, Supplier<T> attempt) {
        Duration pause = FIRST;
        for (int failures = 1;; failures++) {
            try {
                T result = attempt.get();
                if (failures > 1) {
                    LOG.infof("%s succeeded after %d transient failures", work, failures - 1);
                }
                return result;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (failures == 1 || failures % 20 == 0) {
                    LOG.warnf("%s failed transiently (%d times so far), retrying until it succeeds: %s", work,
                            failures, rootMessage(e));
                }
                pause(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : pause.multipliedBy(2);
            }
        }
    }

    static void untilDone(String work, Runnable attempt) {
        untilDone(work, () -> {
            attempt.run();
            return null;
        });
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted(e);
        }
    }

    /** The wait was interrupted (the service stops): the work is not done, and must not be dead-lettered. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted(InterruptedException cause) {
            super("interrupted while waiting to retry (the service stops?)", cause);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
