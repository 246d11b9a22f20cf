package org.motcua.routing.domain;

/** Where an assigned dossier stands in its processing unit's work. */
public enum AssignmentStatus {
    /** In the unit's queue, not yet accepted by an officer. */
    QUEUED,
    /** Accepted by an officer of the processing unit. */
    IN_PROGRESS,
    /** Waiting for the applicant to complete the dossier (Mẫu 02): the clock is stopped, no officer works on it. */
    SUPPLEMENTATION_REQUESTED,
    /** Approved or refused; the result waits to be returned. */
    DECIDED,
    /** The result was handed to the applicant: done. */
    RESULT_RETURNED,
    /** Withdrawn at the applicant's request: out of every queue. */
    WITHDRAWN
}
