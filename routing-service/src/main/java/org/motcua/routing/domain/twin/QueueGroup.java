package org.motcua.routing.domain.twin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.motcua.routing.domain.policy.CompetenceRule;

/**
 * A group of units that may process the same dossiers, seen as one M/M/c queue in a month: the whole
 * province's communes for a field with a pooled procedure (a lower bound for the field's dossiers bound to a
 * place), each commune alone for a field with none, each provincial agency for its procedures.
 *
 * @param members    the units (indexes into the twin's units) whose officers serve the group
 * @param servers    their officers in the field
 * @param lambda     dossiers per office hour
 * @param mu         dossiers per office hour one officer finishes
 * @param allowances how long a dossier may wait and still be on time, as weighted cases
 */
record QueueGroup(String field, List<Integer> members, int servers, double lambda, double mu,
        List<Allowance> allowances) {

    /** A case of the hours a dossier may wait (its weight: share of the group's dossiers). */
    record Allowance(double weight, double hours) {
    }

    private static final int POINTS_IN_A_DAY = 8;

    /** The probability that a dossier of the group misses its due date (Erlang C, waits beyond allowance). */
    double lateProbability(int officers) {
        double late = 0;
        for (Allowance a : allowances) {
            late += a.weight() * ErlangC.waitLongerThan(officers, lambda, mu, a.hours() - 1 / mu);
        }
        return Math.min(1, late);
    }

    /** The groups of a month. */
    static List<QueueGroup> of(List<TwinUnit> units, DemandModel demand, int month) {
        double rate = demand.hourlyRate(month);
        List<QueueGroup> groups = new ArrayList<>();
        Map<String, List<DemandProcedure>> byField = new LinkedHashMap<>();
        Map<String, List<DemandProcedure>> byAgency = new LinkedHashMap<>();
        for (DemandProcedure p : demand.procedures()) {
            if (p.rule() == CompetenceRule.PROVINCIAL_AGENCY) {
                byAgency.computeIfAbsent(p.agencyCode() + "\n" + p.field(), k -> new ArrayList<>()).add(p);
            } else {
                byField.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Integer> communes = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (!units.get(u).agency()) {
                communes.add(u);
            }
        }
        byField.forEach((field, procedures) -> {
            if (procedures.stream().anyMatch(DemandProcedure::pooled)) {
                groups.add(group(units, demand, field, communes, procedures, rate));
            } else {
                double total = communes.stream().mapToDouble(u -> demand.unitWeight(units.get(u), false)).sum();
                for (int u : communes) {
                    double share = demand.unitWeight(units.get(u), false) / total;
                    groups.add(group(units, demand, field, List.of(u), procedures, rate * share));
                }
            }
        });
        byAgency.forEach((key, procedures) -> {
            String code = key.substring(0, key.indexOf('\n'));
            int agency = java.util.stream.IntStream.range(0, units.size())
                    .filter(u -> units.get(u).code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no provincial agency " + code));
            groups.add(group(units, demand, procedures.get(0).field(), List.of(agency), procedures, rate));
        });
        return groups;
    }

    private static QueueGroup group(List<TwinUnit> units, DemandModel demand, String field, List<Integer> members,
            List<DemandProcedure> procedures, double rate) {
        double share = procedures.stream().mapToDouble(demand::share).sum();
        double effort = procedures.stream().mapToDouble(p -> demand.share(p) * p.effortHours()).sum() / share;
        int servers = members.stream().mapToInt(u -> units.get(u).servers(field)).sum();
        List<Allowance> allowances = new ArrayList<>();
        for (DemandProcedure p : procedures) {
            for (int i = 0; i < POINTS_IN_A_DAY; i++) { // arrivals spread over the office day
                double at = (i + 0.5) * ProvinceTwin.DAY / POINTS_IN_A_DAY;
                int days = p.legalWorkingDays() == 0 ? (at < ProvinceTwin.SAME_DAY_CUT_OFF ? 0 : 1) : p.legalWorkingDays();
                allowances.add(new Allowance(demand.share(p) / share / POINTS_IN_A_DAY,
                        (days + 1) * ProvinceTwin.DAY - at));
            }
        }
        return new QueueGroup(field, members, servers, rate * share, ProvinceTwin.WORK_RATE / effort, allowances);
    }
}
