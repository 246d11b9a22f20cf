package org.motcua.platformkit.inbox;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Runs a piece of work again, after a growing pause (0.1 s doubling up to 5 s), for as long as it fails
 * {@linkplain TransientFailures transiently}; any other failure is thrown at once. The consumer's thread waits: its
 * partitions are paused by the connector meanwhile, and the message is committed only once applied.
 *
 * <p>Once the service stops, nothing is retried and nothing may be dead-lettered: its database and clients close
 * under the consumers, so every failure then says only that the service is going. {@link ServiceStopping} ends the
 * poll uncommitted, and the events are delivered again after the restart.
 */
@ApplicationScoped
public class Backoff {

    private static final Logger LOG = Logger.getLogger(Backoff.class);
    private static final Duration FIRST = Duration.ofMillis(100);
    private static final Duration LONGEST = Duration.ofSeconds(5);

    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Whether the service is stopping: a failure now is the shutdown's, not the message's. */
    boolean stopping() {
        return stopping;
    }

    /** Throws {@link ServiceStopping} if the service is stopping, so that the failure is not blamed on a message. */
    void failUnlessRunning(RuntimeException failure) {
        if (stopping) {
            throw new ServiceStopping(failure);
        }
    }

    <T> T untilDone(String work, Supplier<T> attempt) {
        Duration pause = FIRST;
        for (int failures = 1;; failures++) {
            try {
                T result = attempt.get();
                if (failures > 1) {
                    LOG.infof("%s succeeded after %d transient failures", work, failures - 1);
                }
                return result;
            } catch (ServiceStopping e) {
                throw e;
            } catch (RuntimeException e) {
                failUnlessRunning(e);
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (failures == 1 || failures % 20 == 0) {
                    LOG.warnf("%s failed transiently (%d times so far), retrying until it succeeds: %s", work,
                            failures, rootMessage(e));
                }
                pause(pause, e);
                pause = pause.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : pause.multipliedBy(2);
            }
        }
    }

    void untilDone(String work, Runnable attempt) {
        untilDone(work, () -> {
            attempt.run();
            return null;
        });
    }

    private void pause(Duration pause, RuntimeException failure) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStopping(failure);
        }
        failUnlessRunning(failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The service stops: the work is not done, and must not be dead-lettered (it is delivered again after restart). */
    static final class ServiceStopping extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServiceStopping(Throwable cause) {
            super("the service is stopping: the poll is left uncommitted, to be delivered again", cause);
        }
    }
}
