package org.motcua.routing.domain;

/** Where an assigned dossier stands in its processing unit's work. */
public enum AssignmentStatus {
    /** In the unit's queue, not yet accepted by an officer. */
    QUEUED,
    /** Accepted by an officer of the processing unit. */
    IN_PROGRESS,
    /** Withdrawn at the applicant's request: out of every queue. */
    WITHDRAWN
}
