package org.motcua.routing.domain.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.routing.domain.policy.CompetenceRule;

/** The province twin on small provinces whose answers are known, and on the real one for a few weeks. */
class ProvinceTwinTest {

    private static final List<Double> FLAT = List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);

    private static DemandModel demand(CompetenceRule rule, double annual) {
        return new DemandModel(List.of(new DemandProcedure("2.000815", "Chứng thực bản sao", "Chứng thực", rule, null,
                0.5, 2, 1)), annual, 4.0, 4.0, FLAT);
    }

    private static TwinUnit unit(String code, boolean ward, int size, double officers) {
        return new TwinUnit(code, false, ward, size, Map.of("*", officers));
    }

    /** One busy ward receiving most dossiers, three quiet communes: 3,000 half-hour dossiers a year. */
    private static final List<TwinUnit> SMALL = List.of(unit("A", true, 1, 1), unit("B", false, 1, 1),
            unit("C", false, 1, 1), unit("D", false, 1, 1));

    @Test
    void erlangCMatchesTheTextbook() {
        assertThat(ErlangC.waitProbability(1, 0.5, 1)).isCloseTo(0.5, within(1e-12));      // M/M/1: ρ
        assertThat(ErlangC.meanWait(1, 0.5, 1)).isCloseTo(1.0, within(1e-12));             // ρ/(μ−λ)
        assertThat(ErlangC.waitProbability(2, 1, 1)).isCloseTo(1.0 / 3, within(1e-12));     // a = 1, c = 2
        assertThat(ErlangC.meanWait(2, 1, 1)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(ErlangC.meanWait(2, 2, 1)).isInfinite();                                 // not stable
        assertThat(ErlangC.waitLongerThan(1, 0.5, 1, 2)).isCloseTo(0.5 * Math.exp(-1), within(1e-12));
    }

    @Test
    void theSameSeedGivesTheSameYearAndTheStatusQuoMovesNothing() {
        ProvinceTwin twin = new ProvinceTwin(SMALL, demand(CompetenceRule.ANY_COMMUNE, 4_000));
        TwinResult first = twin.run(ProvinceTwin.Routing.STATUS_QUO, 60, 7);
        assertThat(twin.run(ProvinceTwin.Routing.STATUS_QUO, 60, 7)).isEqualTo(first);
        assertThat(first.processedElsewhereShare()).isZero();
        assertThat(first.dossiers()).isBetween(800L, 1_150L);                 // 60 of 248 days of 4,000 a year
    }

    @Test
    void pooledDossiersLeaveTheOverloadedWardAndArriveOnTime() {
        // the ward receives 4/7 of 6,000 half-hour dossiers a year, with a tenth of an officer: it drowns alone,
        // while the province's 3.1 officers are half busy
        List<TwinUnit> units = List.of(new TwinUnit("A", false, true, 1, Map.of("*", 0.1)), unit("B", false, 1, 1),
                unit("C", false, 1, 1), unit("D", false, 1, 1));
        ProvinceTwin twin = new ProvinceTwin(units, demand(CompetenceRule.ANY_COMMUNE, 6_000));
        TwinResult statusQuo = twin.run(ProvinceTwin.Routing.STATUS_QUO, 60, 3);
        TwinResult policy = twin.run(ProvinceTwin.Routing.POLICY, 60, 3);
        assertThat(statusQuo.overdueRate()).isGreaterThan(0.05);
        assertThat(policy.overdueRate()).isLessThan(0.01);
        assertThat(policy.processedElsewhereShare()).isGreaterThan(0.3);
        assertThat(policy.meanWaitHours()).isLessThan(statusQuo.meanWaitHours());
        assertThat(statusQuo.largestBacklogs().get(0).unitCode()).isEqualTo("A");
    }

    @Test
    void dossiersBoundToAPlaceStayThereWhateverTheLoad() {
        List<TwinUnit> units = List.of(new TwinUnit("A", false, true, 1, Map.of("*", 0.1)), unit("B", false, 1, 1));
        TwinResult policy = new ProvinceTwin(units, demand(CompetenceRule.RESIDENCE_COMMUNE, 12_000))
                .run(ProvinceTwin.Routing.POLICY, 30, 3);
        assertThat(policy.processedElsewhereShare()).isZero();
        assertThat(policy.overdueRate()).isGreaterThan(0.05);                 // and the ward drowns: staff is the answer
    }

    @Test
    void theAdviceAddsOfficersWhereTheDeadlinesNeedThemAndNowhereElse() {
        List<TwinUnit> units = List.of(new TwinUnit("A", false, true, 1, Map.of("*", 0.1)), unit("B", false, 1, 1));
        StaffingAdvisor.Advice advice = StaffingAdvisor.advise(units,
                demand(CompetenceRule.RESIDENCE_COMMUNE, 6_000), 0.001);
        assertThat(advice.units()).extracting(StaffingAdvisor.UnitAdvice::unitCode).containsExactly("A");
        assertThat(advice.units().get(0).addedByMonth()).allMatch(added -> added >= 1);
        assertThat(advice.staffDays()).isGreaterThanOrEqualTo(DemandModel.WORKING_DAYS_PER_YEAR);

        StaffingAdvisor.Advice ample = StaffingAdvisor.advise(SMALL, demand(CompetenceRule.ANY_COMMUNE, 4_000), 0.001);
        assertThat(ample.units()).isEmpty();
        assertThat(ample.staffDays()).isZero();
    }

    @Test
    void thePooledBoundIsWhatOneQueueOfAllOfficersWouldWait() {
        PooledBound bound = PooledBound.of(SMALL, demand(CompetenceRule.ANY_COMMUNE, 6_000));
        double lambda = 6_000.0 / DemandModel.WORKING_DAYS_PER_YEAR / 8;    // per office hour
        double mu = 0.75 / 0.5;                                              // half-hour dossiers at 6 of 8 hours
        assertThat(bound.meanWaitHours()).isCloseTo(ErlangC.meanWait(4, lambda, mu), within(1e-9));
        assertThat(bound.unstableGroups()).isZero();
    }

    @Test
    void theRealProvinceRunsAFewWeeksWithThePolicyAheadOfTheStatusQuo() {
        List<TwinUnit> units = SeedUnit.read().stream().map(TwinUnit::of).toList();
        TwinReport report = TwinReport.run(units, DemandModel.standard(), 40, 1);
        assertThat(units).hasSize(97);
        TwinResult statusQuo = report.result(ProvinceTwin.Routing.STATUS_QUO);
        TwinResult policy = report.result(ProvinceTwin.Routing.POLICY);
        assertThat(statusQuo.dossiers()).isEqualTo(policy.dossiers()).isGreaterThan(70_000);
        assertThat(policy.overdue()).isLessThan(statusQuo.overdue());
        assertThat(policy.meanWaitHours()).isLessThan(statusQuo.meanWaitHours());
        assertThat(report.pooledBound().meanWaitHours()).isPositive().isFinite();
    }
}
