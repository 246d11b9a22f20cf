package org.motcua.routing.domain.twin;

/**
 * The M/M/c queue (Erlang C): {@code c} servers of rate {@code mu}, Poisson arrivals of rate {@code lambda}.
 * The probability of waiting comes from the Erlang B recursion, stable for hundreds of servers.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** The probability that an arrival waits; 1 when the queue is not stable. */
    public static double waitProbability(int servers, double lambda, double mu) {
        double load = lambda / mu;
        if (servers <= 0 || load >= servers) {
            return 1;
        }
        double blocking = 1;
        for (int k = 1; k <= servers; k++) {
            blocking = load * blocking / (k + load * blocking);
        }
        return servers * blocking / (servers - load * (1 - blocking));
    }

    /** The mean wait before service; infinite when the queue is not stable. */
    public static double meanWait(int servers, double lambda, double mu) {
        if (lambda <= 0) {
            return 0;
        }
        if (servers <= 0 || lambda >= servers * mu) {
            return Double.POSITIVE_INFINITY;
        }
        return waitProbability(servers, lambda, mu) / (servers * mu - lambda);
    }

    /** The probability that an arrival waits longer than {@code t}. */
    public static double waitLongerThan(int servers, double lambda, double mu, double t) {
        if (lambda <= 0) {
            return 0;
        }
        if (servers <= 0 || lambda >= servers * mu) {
            return 1;
        }
        return waitProbability(servers, lambda, mu) * Math.exp(-(servers * mu - lambda) * Math.max(0, t));
    }
}
