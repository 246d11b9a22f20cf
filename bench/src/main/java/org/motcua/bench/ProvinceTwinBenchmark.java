package org.motcua.bench;

import java.util.List;
import java.util.Locale;

import org.motcua.routing.domain.twin.DemandModel;
import org.motcua.routing.domain.twin.ProvinceTwin;
import org.motcua.routing.domain.twin.SeedUnit;
import org.motcua.routing.domain.twin.StaffingAdvisor;
import org.motcua.routing.domain.twin.TwinReport;
import org.motcua.routing.domain.twin.TwinResult;
import org.motcua.routing.domain.twin.TwinUnit;

/**
 * Runs the province twin on the seed's 96 communes with their default staffing and the standard demand, and
 * prints each routing's figures, the pooled bound, the staffing advice and the targets (a command-line tool:
 * its output is the report).
 */
public final class ProvinceTwinBenchmark {

    private static final double TARGET_POLICY_OVERDUE = 0.001;
    private static final double TARGET_STATUS_QUO_OVERDUE = 0.01;
    private static final double TARGET_WAIT_TO_BOUND = 1.3;
    private static final double TARGET_SECONDS_PER_YEAR = 10;

    private ProvinceTwinBenchmark() {
    }

    public static void main(String[] args) {
        int days = DemandModel.WORKING_DAYS_PER_YEAR;
        double dossiers = DemandModel.ANNUAL_DOSSIERS;
        long seed = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--days" -> days = Integer.parseInt(args[i + 1]);
                case "--dossiers" -> dossiers = Double.parseDouble(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<TwinUnit> units = SeedUnit.read().stream().map(TwinUnit::of).toList();
        DemandModel demand = DemandModel.standard().withAnnualDossiers(dossiers);
        TwinReport.run(units, demand, 20, seed); // warm the JIT once, as a resident service would be
        TwinReport report = TwinReport.run(units, demand, days, seed);
        print("province twin: %d units, %.0f officers, %.0f dossiers a year, %d working days, seed %d%n",
                units.size(), report.officers(), dossiers, days, seed);
        for (TwinResult r : report.routings()) {
            print("%-10s dossiers %7d  overdue %6d (%.3f%%)  wait mean %5.2f h  p95 %6.2f h  processed elsewhere %.1f%%%n",
                    r.routing(), r.dossiers(), r.overdue(), 100 * r.overdueRate(), r.meanWaitHours(), r.p95WaitHours(),
                    100 * r.processedElsewhereShare());
            print("           overdue by field %s%n           largest backlogs %s%n", r.overdueByField(),
                    r.largestBacklogs().subList(0, Math.min(5, r.largestBacklogs().size())));
        }
        print("pooled bound (Erlang C): wait mean %.2f h  p95 %.2f h  unstable group-months %d%n",
                report.pooledBound().meanWaitHours(), report.pooledBound().p95WaitHours(),
                report.pooledBound().unstableGroups());
        StaffingAdvisor.Advice advice = StaffingAdvisor.advise(units, demand, TARGET_POLICY_OVERDUE);
        print("staffing advice (≤ %.1f%% late): %.0f added staff-days, at most %d officers added in a month, %d unit-fields%n",
                100 * advice.lateShare(), advice.staffDays(), advice.peakAdded(), advice.units().size());
        TwinResult policy = report.result(ProvinceTwin.Routing.POLICY);
        TwinResult statusQuo = report.result(ProvinceTwin.Routing.STATUS_QUO);
        double seconds = report.millis() / 1000.0;
        advice.units().stream().limit(8).forEach(a -> print("  %s%n", a));
        print("targets:%n");
        check("policy overdue ≤ 0.1%", policy.overdueRate() <= TARGET_POLICY_OVERDUE,
                "%.3f%%".formatted(100 * policy.overdueRate()));
        check("status quo overdue ≥ 1%", statusQuo.overdueRate() >= TARGET_STATUS_QUO_OVERDUE,
                "%.3f%%".formatted(100 * statusQuo.overdueRate()));
        check("policy mean wait ≤ 1.3 × pooled bound", report.policyWaitToBound() <= TARGET_WAIT_TO_BOUND,
                "%.2f ×".formatted(report.policyWaitToBound()));
        check("simulated year(s) in < 10 s per year", seconds * DemandModel.WORKING_DAYS_PER_YEAR / days
                < TARGET_SECONDS_PER_YEAR, "%.1f s for %d working days".formatted(seconds, days));
    }

    private static void check(String target, boolean met, String figure) {
        print("  %-42s %-8s %s%n", target, met ? "met" : "NOT MET", figure);
    }

    private static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
    }
}
