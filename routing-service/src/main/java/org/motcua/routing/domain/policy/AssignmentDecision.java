package org.motcua.routing.domain.policy;

import java.util.List;

/** Where the dossier goes, why, and every candidate with its expected completion (best first). */
public record AssignmentDecision(String unitCode, AssignmentReason reason, List<Candidate> candidates) {

    public AssignmentDecision {
        candidates = List.copyOf(candidates);
    }
}
