package org.motcua.routing.domain;

/** Why the processing unit was chosen; shown to clerks, carried in {@code DossierAssigned}. */
public enum AssignmentReason {
    /** The receiving unit processes the dossier itself (the foundation's policy). */
    RECEIVING_UNIT
}
