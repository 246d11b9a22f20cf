package org.motcua.routing.domain.twin;

import org.motcua.routing.domain.policy.CompetenceRule;

/**
 * A procedure of the demand model: who may process it, its effort and legal time, and its weight in the
 * province's demand.
 *
 * @param agencyCode       the provincial agency that processes it, for {@link CompetenceRule#PROVINCIAL_AGENCY}
 * @param legalWorkingDays working days from receipt; 0 for "the same day" (next working day after the cut-off)
 * @param weight           relative weight in the demand (normalised over the model)
 */
public record DemandProcedure(String code, String name, String field, CompetenceRule rule, String agencyCode,
        double effortHours,
        int legalWorkingDays, double weight) {

    public DemandProcedure {
        if (effortHours <= 0 || legalWorkingDays < 0 || weight < 0) {
            throw new IllegalArgumentException("bad demand row for " + name);
        }
        if ((rule == CompetenceRule.PROVINCIAL_AGENCY) != (agencyCode != null && !agencyCode.isBlank())) {
            throw new IllegalArgumentException("a provincial agency's procedure, and only it, names the agency: " + name);
        }
    }

    public boolean pooled() {
        return rule == CompetenceRule.ANY_COMMUNE;
    }
}
