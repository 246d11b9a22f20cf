package org.motcua.routing.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.motcua.routing.domain.policy.AssignmentDecision;
import org.motcua.routing.domain.policy.AssignmentReason;

/**
 * Nơi xử lý: the unit that processes the dossier and why, the units the policy considered, and how often the dossier
 * moved since (an officer's transfers, the SLA monitor's one rebalancing).
 */
@Embeddable
public class Placement {

    @Column(name = "processing_unit_code")
    private String processingUnitCode;
    @Enumerated(EnumType.STRING)
    private AssignmentReason reason;
    /** The units considered, best first, with their expected completion in working days. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ConsideredUnit> candidates;
    private int transfers;
    @Column(name = "rebalanced_at")
    private Instant rebalancedAt;

    protected Placement() {
    }

    /** Where the assignment policy placed the dossier. */
    Placement(AssignmentDecision decision) {
        this.processingUnitCode = decision.unitCode();
        this.reason = decision.reason();
        this.candidates = decision.candidates().stream()
                .map(c -> new ConsideredUnit(c.unitCode(), days(c.expectedCompletionDays()))).toList();
    }

    /** Working days to two decimals; null where the unit has no staff for the field. */
    private static Double days(double expected) {
        return Double.isFinite(expected) ? Math.round(expected * 100) / 100.0 : null;
    }

    /**
     * Moves the dossier to another unit.
     *
     * @return the unit it leaves
     */
    String moveTo(String unitCode, AssignmentReason why) {
        String from = processingUnitCode;
        processingUnitCode = unitCode;
        reason = why;
        transfers++;
        return from;
    }

    void rebalanced(Instant now) {
        rebalancedAt = now;
    }

    boolean neverRebalanced() {
        return rebalancedAt == null;
    }

    public String processingUnitCode() {
        return processingUnitCode;
    }

    public AssignmentReason reason() {
        return reason;
    }

    /** The units considered, best first, with their expected completion. */
    public List<ConsideredUnit> candidates() {
        return candidates;
    }

    public List<String> candidateUnitCodes() {
        return candidates.stream().map(ConsideredUnit::unitCode).toList();
    }

    public int transfers() {
        return transfers;
    }

    public Instant rebalancedAt() {
        return rebalancedAt;
    }
}
