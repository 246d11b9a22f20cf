package org.motcua.routing.domain;

/**
 * A unit an assignment considered, as kept with it: the working days it would have taken to finish the dossier
 * there, or null where the unit has no staff for the field.
 */
public record ConsideredUnit(String unitCode, Double expectedCompletionDays) {
}
