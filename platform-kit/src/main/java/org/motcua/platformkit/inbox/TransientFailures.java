package org.motcua.platformkit.inbox;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that goes away by itself (the database or the broker away, restarting, stalled, overloaded; a
 * deadlock or serialization conflict) from one that will fail again whatever the wait: a consumer retries the first
 * kind until it succeeds and sends only the second kind to its dead-letter topic.
 *
 * <p>A failure is transient when its causes hold no database error of a permanent kind (a constraint, bad data: the
 * message is at fault) and do hold one of: a database error of SQLSTATE class 08 (connection), 40 (transaction
 * rollback: deadlock, serialization), 53 (insufficient resources), 57 (operator intervention: shutdown, crash,
 * cannot connect now), 58 (system error) or 55P03 (lock not available); a JDBC transient or recoverable exception;
 * the connection pool's acquisition timeout; a broken or refused socket; a retriable Kafka error.
 */
public final class TransientFailures {

    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        boolean transientCause = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (!transientState(sql.getSQLState())) {
                    return false; // the statement itself is refused: it will be again
                }
                transientCause = true;
            } else if (transientKind(cause)) {
                transientCause = true;
            }
        }
        return transientCause;
    }

    private static boolean transientState(String state) {
        return state.length() == 5 && (TRANSIENT_CLASSES.contains(state.substring(0, 2)) || "55P03".equals(state));
    }

    private static boolean transientKind(Throwable cause) {
        return cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof SocketTimeoutException || cause instanceof SocketException
                || cause instanceof EOFException || cause instanceof RetriableException
                // Agroal, when no connection could be had in time (no SQLSTATE)
                || cause instanceof SQLException && String.valueOf(cause.getMessage()).contains("Acquisition timeout");
    }
}
