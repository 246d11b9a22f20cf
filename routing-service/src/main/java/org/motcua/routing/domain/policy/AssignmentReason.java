package org.motcua.routing.domain.policy;

/** Why a dossier is processed where it is: shown to clerks next to the candidates considered. */
public enum AssignmentReason {
    /** The receiving unit finishes it as soon as any other (or within the preference margin). */
    RECEIVING_UNIT,
    /** Another eligible unit finishes it sooner (phi địa giới: the receiving unit does not limit where). */
    SHORTER_COMPLETION,
    /** Only one unit may process it (residence or land commune). */
    ONLY_COMPETENT_UNIT,
    /** A named provincial agency processes it. */
    PROVINCIAL_AGENCY,
    /** No eligible unit has staff for the field: it waits at the receiving unit (or the competent one). */
    NO_CAPACITY,
    /** Moved by the SLA monitor or an officer to a unit with spare capacity. */
    REBALANCED,
    /** Transferred by an officer to another eligible unit. */
    TRANSFERRED
}
