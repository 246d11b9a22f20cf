package org.motcua.routing.domain.policy;

/** A unit that may process the dossier, with the working days it would take to finish it there. */
public record Candidate(String unitCode, double expectedCompletionDays) {
}
