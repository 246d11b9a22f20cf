package org.motcua.routing.domain.twin;

import java.util.List;
import java.util.Map;

/**
 * What one routing did to the simulated province.
 *
 * @param dossiers         dossiers received
 * @param completed        dossiers finished within the horizon
 * @param overdue          finished after their due date, or unfinished and past it at the end
 * @param overdueRate      overdue ÷ (completed + unfinished past due)
 * @param meanWaitHours    office hours from receipt to the start of processing (still waiting: so far)
 * @param p95WaitHours     the 95th percentile of the same
 * @param processedElsewhereShare share of dossiers processed by another unit than the receiving one
 * @param overdueByField   the overdue dossiers of each field
 * @param largestBacklogs  the units whose queues grew largest (dossiers waiting or in progress)
 */
public record TwinResult(ProvinceTwin.Routing routing, long dossiers, long completed, long overdue,
        double overdueRate, double meanWaitHours, double p95WaitHours, double processedElsewhereShare,
        Map<String, Long> overdueByField, List<Backlog> largestBacklogs) {

    public TwinResult {
        overdueByField = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overdueByField));
        largestBacklogs = List.copyOf(largestBacklogs);
    }

    /** A unit's largest backlog and the working day (from 1) it was reached. */
    public record Backlog(String unitCode, int dossiers, int workingDay) {
    }
}
