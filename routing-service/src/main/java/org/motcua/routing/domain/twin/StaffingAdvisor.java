package org.motcua.routing.domain.twin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Staff per unit to reach the deadlines: in every month, officers are added one at a time to the group of units
 * ({@link QueueGroup}) where Erlang C says the officer saves the most dossiers from passing their legal time,
 * until the province's late share is within the target. Officers are added only in the months that need them
 * (reinforcement, counted in staff-days), and a pooled field's officer goes to the group as a whole — to the
 * communes that receive its dossiers — rather than to every commune: the fewest added staff-days.
 */
public final class StaffingAdvisor {

    private StaffingAdvisor() {
    }

    /**
     * A unit's officers to add in a field.
     *
     * @param addedByMonth officers to add in each month, January first
     * @param staffDays    the added officers times the working days of their months
     */
    public record UnitAdvice(String unitCode, String field, double officers, List<Integer> addedByMonth,
            double staffDays) {
    }

    /**
     * The advice for the province.
     *
     * @param lateShare  the target: the largest share of dossiers past their legal time
     * @param staffDays  added staff-days over the year
     * @param peakAdded  the most officers added in one month
     */
    public record Advice(double lateShare, double staffDays, int peakAdded, List<UnitAdvice> units) {
    }

    public static Advice advise(List<TwinUnit> units, DemandModel demand, double lateShare) {
        if (!(lateShare > 0 && lateShare < 1)) {
            throw new IllegalArgumentException("the late share is a fraction between 0 and 1");
        }
        double daysInMonth = DemandModel.WORKING_DAYS_PER_YEAR / 12.0;
        Map<String, int[]> added = new HashMap<>();
        int[] perMonth = new int[12];
        for (int month = 0; month < 12; month++) {
            List<QueueGroup> groups = QueueGroup.of(units, demand, month);
            int[] extra = addedOfficers(groups, lateShare);
            for (int g = 0; g < groups.size(); g++) {
                if (extra[g] == 0) {
                    continue;
                }
                QueueGroup group = groups.get(g);
                perMonth[month] += extra[g];
                for (Map.Entry<Integer, Integer> share : spread(units, demand, group, extra[g]).entrySet()) {
                    added.computeIfAbsent(units.get(share.getKey()).code() + "\n" + group.field(),
                            k -> new int[12])[month] += share.getValue();
                }
            }
        }
        List<UnitAdvice> advice = new ArrayList<>();
        Map<String, TwinUnit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        added.forEach((key, months) -> {
            String code = key.substring(0, key.indexOf('\n'));
            String field = key.substring(key.indexOf('\n') + 1);
            List<Integer> list = java.util.Arrays.stream(months).boxed().toList();
            advice.add(new UnitAdvice(code, field, byCode.get(code).officers(field), list,
                    list.stream().mapToInt(Integer::intValue).sum() * daysInMonth));
        });
        advice.sort(Comparator.comparingDouble(UnitAdvice::staffDays).reversed()
                .thenComparing(UnitAdvice::unitCode).thenComparing(UnitAdvice::field));
        double staffDays = advice.stream().mapToDouble(UnitAdvice::staffDays).sum();
        int peak = java.util.Arrays.stream(perMonth).max().orElse(0);
        return new Advice(lateShare, staffDays, peak, advice);
    }

    /**
     * Officers to add to each group of a month so that the month's late dossiers over all groups stay within
     * the target: one officer at a time where it saves the most late dossiers (the late probability falls
     * convexly with officers, so this spends the fewest officers).
     */
    static int[] addedOfficers(List<QueueGroup> groups, double lateShare) {
        int[] extra = new int[groups.size()];
        double dossiers = groups.stream().mapToDouble(QueueGroup::lambda).sum();
        double allowed = lateShare * dossiers;
        double[] late = new double[groups.size()];
        double total = 0;
        PriorityQueue<double[]> gains = new PriorityQueue<>(Comparator.<double[]>comparingDouble(g -> -g[0])
                .thenComparingDouble(g -> g[1]));
        for (int g = 0; g < groups.size(); g++) {
            late[g] = groups.get(g).lambda() * groups.get(g).lateProbability(groups.get(g).servers());
            total += late[g];
            gains.add(new double[] { late[g] - lateWith(groups.get(g), 1), g });
        }
        while (total > allowed && !gains.isEmpty()) {
            int g = (int) gains.poll()[1];
            QueueGroup group = groups.get(g);
            extra[g]++;
            double now = lateWith(group, extra[g]);
            total -= late[g] - now;
            late[g] = now;
            if (now > 0) {
                gains.add(new double[] { now - lateWith(group, extra[g] + 1), g });
            }
        }
        return extra;
    }

    private static double lateWith(QueueGroup group, int extra) {
        return group.lambda() * group.lateProbability(group.servers() + extra);
    }

    /** Where a group's added officers go: the only member, or the communes by the pooled dossiers they receive. */
    private static Map<Integer, Integer> spread(List<TwinUnit> units, DemandModel demand, QueueGroup group,
            int officers) {
        Map<Integer, Integer> spread = new HashMap<>();
        if (group.members().size() == 1) {
            spread.put(group.members().get(0), officers);
            return spread;
        }
        double total = group.members().stream().mapToDouble(u -> demand.unitWeight(units.get(u), true)).sum();
        List<double[]> remainders = new ArrayList<>();
        int given = 0;
        for (int u : group.members()) {
            double exact = officers * demand.unitWeight(units.get(u), true) / total;
            int whole = (int) Math.floor(exact);
            given += whole;
            if (whole > 0) {
                spread.put(u, whole);
            }
            remainders.add(new double[] { exact - whole, u });
        }
        remainders.sort(Comparator.<double[]>comparingDouble(r -> -r[0]).thenComparingDouble(r -> r[1]));
        for (int i = 0; given < officers; i++, given++) {
            spread.merge((int) remainders.get(i)[1], 1, Integer::sum);
        }
        return spread;
    }
}
