package org.motcua.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.routing.domain.policy.AssignmentDecision;
import org.motcua.routing.domain.policy.AssignmentReason;
import org.motcua.routing.domain.policy.Forecast;
import org.motcua.routing.domain.policy.Risk;

/** The SLA monitor's forecast is stored when it first comes, when its risk changes and when it moves by an hour. */
class AssignmentForecastTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-10T10:00:00Z");

    private final Assignment assignment = new Assignment(new Assignment.Received(UUID.randomUUID(), "000.00.00.H55-261126-0001",
            "1.001193", "Thủ tục đăng ký khai sinh", "21025", "Hộ tịch", 2.0, DUE, "ANY_COMMUNE", true, NOW),
            new AssignmentDecision("21025", AssignmentReason.RECEIVING_UNIT, List.of()), NOW);

    @Test
    void aPredictionSlidingByMinutesIsNotRewrittenButAnHoursMoveAndARiskChangeAre() {
        Instant predicted = Instant.parse("2026-12-03T03:00:00Z");
        assignment.reviewed(new Forecast(predicted, Risk.ON_TRACK, 1000L), NOW);
        assertThat(assignment.sla().predictedCompletionAt()).isEqualTo(predicted);

        assignment.reviewed(new Forecast(predicted.plus(Duration.ofMinutes(59)), Risk.ON_TRACK, 999L), NOW.plusSeconds(60));
        assertThat(assignment.sla().predictedCompletionAt()).isEqualTo(predicted);

        assignment.reviewed(new Forecast(predicted.plus(Duration.ofHours(1)), Risk.ON_TRACK, 998L), NOW.plusSeconds(120));
        assertThat(assignment.sla().predictedCompletionAt()).isEqualTo(predicted.plus(Duration.ofHours(1)));

        Instant late = DUE.plus(Duration.ofMinutes(10));
        boolean firstTimeAtRisk = assignment.reviewed(new Forecast(late, Risk.AT_RISK, 997L), NOW.plusSeconds(180));
        assertThat(firstTimeAtRisk).isTrue();
        assertThat(assignment.sla().risk()).isEqualTo(Risk.AT_RISK);
        assertThat(assignment.sla().predictedCompletionAt()).isEqualTo(late);

        assignment.reviewed(new Forecast(null, Risk.UNKNOWN, 996L), NOW.plusSeconds(240));
        assertThat(assignment.sla().predictedCompletionAt()).isNull();
        assertThat(assignment.sla().risk()).isEqualTo(Risk.UNKNOWN);
    }
}
