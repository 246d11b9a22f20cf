package org.motcua.routing.domain.twin;

import java.util.ArrayList;
import java.util.List;

/**
 * The pooled-queue lower bound: the waits if every group of units that may process the same dossiers worked
 * as one queue (Erlang C per {@link QueueGroup} and month). No routing between separate queues does better.
 *
 * @param meanWaitHours  mean office hours before processing starts (infinite if a group cannot keep up)
 * @param p95WaitHours   the 95th percentile of the same
 * @param unstableGroups group-months whose demand exceeds their officers
 */
public record PooledBound(double meanWaitHours, double p95WaitHours, int unstableGroups) {

    private static final double P95_TAIL = 0.05;

    public static PooledBound of(List<TwinUnit> units, DemandModel demand) {
        List<QueueGroup> groups = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            groups.addAll(QueueGroup.of(units, demand, month)); // months of equal length: weighted by dossiers
        }
        double dossiers = 0;
        double waiting = 0;
        int unstable = 0;
        for (QueueGroup g : groups) {
            double wait = ErlangC.meanWait(g.servers(), g.lambda(), g.mu());
            if (Double.isInfinite(wait)) {
                unstable++;
            }
            dossiers += g.lambda();
            waiting += g.lambda() * wait;
        }
        return new PooledBound(waiting / dossiers, unstable > 0 ? Double.POSITIVE_INFINITY : p95(groups, dossiers),
                unstable);
    }

    /** The wait exceeded by 5% of dossiers over all groups (bisection on the mixed tail). */
    private static double p95(List<QueueGroup> groups, double dossiers) {
        double low = 0;
        double high = 1;
        while (tail(groups, dossiers, high) > P95_TAIL) {
            high *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (tail(groups, dossiers, mid) > P95_TAIL) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    private static double tail(List<QueueGroup> groups, double dossiers, double hours) {
        double late = 0;
        for (QueueGroup g : groups) {
            late += g.lambda() * ErlangC.waitLongerThan(g.servers(), g.lambda(), g.mu(), hours);
        }
        return late / dossiers;
    }
}
