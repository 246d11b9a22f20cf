package org.motcua.routing.domain;

/** What happened to a dossier in one step of its processing (a row of the process control sheet). */
public enum StepKind {
    /** Intake received it (the first row, at the receiving unit). */
    RECEIVED,
    /** Routing placed it at a processing unit. */
    ASSIGNED,
    /** An officer of the processing unit took it. */
    ACCEPTED,
    /** An officer moved it to another competent unit. */
    TRANSFERRED,
    /** The SLA monitor moved it to a unit with spare capacity. */
    REBALANCED,
    /** The unit asked the applicant to complete it (Mẫu 02): the clock stops. */
    SUPPLEMENTATION_REQUESTED,
    /** The applicant completed it: the clock restarts. */
    SUPPLEMENTED,
    /** Approved with a result, or refused with reasons (Mẫu 03). */
    DECIDED,
    /** The result was handed to the applicant. */
    RESULT_RETURNED,
    /** Stopped at the applicant's request (Mẫu 05). */
    WITHDRAWN
}
