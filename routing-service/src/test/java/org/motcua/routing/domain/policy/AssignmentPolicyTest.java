package org.motcua.routing.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AssignmentPolicyTest {

    private final AssignmentPolicy policy = new AssignmentPolicy();

    @Test
    void aPooledDossierGoesWhereItWouldBeFinishedSoonest() {
        // the ward has 3 days of work for its 6.5 h/day, the commune half a day
        AssignmentDecision decision = policy.decide("21025", 0.5, List.of(
                new UnitLoad("21025", 19.5, 6.5), new UnitLoad("21034", 3.0, 6.5), new UnitLoad("21040", 6.5, 6.5)),
                true);

        assertThat(decision.unitCode()).isEqualTo("21034");
        assertThat(decision.reason()).isEqualTo(AssignmentReason.SHORTER_COMPLETION);
        assertThat(decision.candidates()).extracting(Candidate::unitCode).containsExactly("21034", "21040", "21025");
        assertThat(decision.candidates().get(0).expectedCompletionDays()).isEqualTo(3.5 / 6.5);
    }

    @Test
    void theReceivingUnitKeepsADossierItFinishesAsSoonAsTheOthers() {
        AssignmentDecision withinMargin = policy.decide("21025", 1.0, List.of(
                new UnitLoad("21025", 1.5, 6.5), new UnitLoad("21034", 1.0, 6.5)), true);
        assertThat(withinMargin.unitCode()).isEqualTo("21025");
        assertThat(withinMargin.reason()).isEqualTo(AssignmentReason.RECEIVING_UNIT);

        // an eighth of a day (one office hour) later than the best is the limit: beyond it, the dossier moves
        AssignmentDecision beyond = policy.decide("21025", 1.0, List.of(
                new UnitLoad("21025", 3.0, 6.5), new UnitLoad("21034", 1.0, 6.5)), true);
        assertThat(beyond.unitCode()).isEqualTo("21034");
    }

    @Test
    void aResidenceOrLandDossierStaysWithItsOnlyCompetentUnitHoweverLoaded() {
        AssignmentDecision decision = policy.decide("21025", 6.0, List.of(new UnitLoad("21136", 400, 6.5)), false);
        assertThat(decision.unitCode()).isEqualTo("21136");
        assertThat(decision.reason()).isEqualTo(AssignmentReason.ONLY_COMPETENT_UNIT);
    }

    @Test
    void withoutStaffAnywhereTheDossierWaitsAtTheReceivingUnit() {
        AssignmentDecision decision = policy.decide("21025", 1.0, List.of(
                new UnitLoad("21034", 0, 0), new UnitLoad("21025", 5, 0)), true);
        assertThat(decision.unitCode()).isEqualTo("21025");
        assertThat(decision.reason()).isEqualTo(AssignmentReason.NO_CAPACITY);
    }

    @Test
    void tiesGoToTheLowerUnitCodeSoTheChoiceIsDeterministic() {
        List<UnitLoad> loads = List.of(new UnitLoad("21040", 1, 6.5), new UnitLoad("21034", 1, 6.5));
        assertThat(policy.decide("21025", 1, loads, true).unitCode()).isEqualTo("21034");
        assertThat(policy.decide("21025", 1, List.of(loads.get(1), loads.get(0)), true).unitCode()).isEqualTo("21034");
    }

    @Test
    void aUnitWithoutStaffIsNeverChosenWhileAnotherHasSome() {
        AssignmentDecision decision = policy.decide("21025", 1, List.of(
                new UnitLoad("21025", 0, 0), new UnitLoad("21034", 60, 6.5)), true);
        assertThat(decision.unitCode()).isEqualTo("21034");
        assertThatThrownBy(() -> policy.decide("21025", 1, List.of(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
