package org.motcua.routing.domain.twin;

import java.util.List;

/**
 * The province twin's answer to a scenario: each routing's simulated year (same dossiers) and the pooled-queue
 * lower bound, with the figures the province's targets are stated in.
 *
 * @param workingDays          simulated working days
 * @param annualDossiers       the demand's yearly volume
 * @param seed                 the random seed (same seed, same dossiers)
 * @param officers             processing officers of the province (all fields, all units)
 * @param routings             the status quo, then the policy
 * @param pooledBound          the Erlang C bound
 * @param policyWaitToBound    the policy's mean wait ÷ the bound's
 * @param millis               computing time
 */
public record TwinReport(int workingDays, double annualDossiers, long seed, double officers,
        List<TwinResult> routings, PooledBound pooledBound, double policyWaitToBound, long millis) {

    /** Runs both routings and the bound. */
    public static TwinReport run(List<TwinUnit> units, DemandModel demand, int workingDays, long seed) {
        long started = System.nanoTime();
        ProvinceTwin twin = new ProvinceTwin(units, demand);
        TwinResult statusQuo = twin.run(ProvinceTwin.Routing.STATUS_QUO, workingDays, seed);
        TwinResult policy = twin.run(ProvinceTwin.Routing.POLICY, workingDays, seed);
        PooledBound bound = PooledBound.of(units, demand);
        double officers = units.stream().mapToDouble(u -> u.officers().values().stream()
                .mapToDouble(Double::doubleValue).sum()).sum();
        return new TwinReport(workingDays, demand.annualDossiers(), seed, officers, List.of(statusQuo, policy), bound,
                policy.meanWaitHours() / bound.meanWaitHours(), (System.nanoTime() - started) / 1_000_000);
    }

    public TwinResult result(ProvinceTwin.Routing routing) {
        return routings.stream().filter(r -> r.routing() == routing).findFirst().orElseThrow();
    }
}
