package org.motcua.routing.domain.policy;

/** How a dossier stands against its appointment date. */
public enum Risk {
    /** Predicted to be done by the appointment. */
    ON_TRACK,
    /** Predicted to be done after the appointment unless something changes. */
    AT_RISK,
    /** The appointment has passed. */
    OVERDUE,
    /** No appointment date (its calendar year is not loaded), or no staff to predict with. */
    UNKNOWN
}
