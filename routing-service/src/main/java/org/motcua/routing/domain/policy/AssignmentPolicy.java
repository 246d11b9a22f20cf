package org.motcua.routing.domain.policy;

import java.util.Comparator;
import java.util.List;

/**
 * The assignment policy, plain and deterministic: among the eligible units, the one that would finish the
 * dossier soonest (queued work hours ÷ staff hours per day, in working days); the receiving unit keeps it
 * when it is as good, within {@link #RECEIVING_UNIT_MARGIN_DAYS} (handing a paper file over has a cost).
 * Ties go to the lower unit code. The same code runs in the service and in the province twin.
 */
public final class AssignmentPolicy {

    /** How much later (in working days) the receiving unit may finish and still keep the dossier. */
    public static final double RECEIVING_UNIT_MARGIN_DAYS = 0.125;

    private static final Comparator<Candidate> SOONEST = Comparator.comparingDouble(Candidate::expectedCompletionDays)
            .thenComparing(Candidate::unitCode);

    /**
     * Chooses among the eligible units.
     *
     * @param receivingUnitCode where the dossier was received
     * @param effortHours       the procedure's estimated officer hours
     * @param eligible          the competent units with their load in the dossier's field (at least one)
     * @param pooled            whether any commune may process it (otherwise the eligible units are the only
     *                          competent ones: residence, land commune or a provincial agency)
     */
    public AssignmentDecision decide(String receivingUnitCode, double effortHours, List<UnitLoad> eligible,
            boolean pooled) {
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException("no eligible unit");
        }
        List<Candidate> candidates = eligible.stream()
                .map(u -> new Candidate(u.unitCode(), u.expectedCompletionDays(effortHours)))
                .sorted(SOONEST).toList();
        Candidate best = candidates.get(0);
        Candidate receiving = candidates.stream().filter(c -> c.unitCode().equals(receivingUnitCode)).findFirst()
                .orElse(null);
        if (Double.isInfinite(best.expectedCompletionDays())) {
            String waitAt = receiving != null ? receiving.unitCode() : best.unitCode();
            return new AssignmentDecision(waitAt, AssignmentReason.NO_CAPACITY, candidates);
        }
        if (!pooled) {
            return new AssignmentDecision(best.unitCode(), candidates.size() == 1
                    ? AssignmentReason.ONLY_COMPETENT_UNIT : AssignmentReason.SHORTER_COMPLETION, candidates);
        }
        if (receiving != null && receiving.expectedCompletionDays()
                <= best.expectedCompletionDays() + RECEIVING_UNIT_MARGIN_DAYS) {
            return new AssignmentDecision(receiving.unitCode(), AssignmentReason.RECEIVING_UNIT, candidates);
        }
        return new AssignmentDecision(best.unitCode(), AssignmentReason.SHORTER_COMPLETION, candidates);
    }
}
