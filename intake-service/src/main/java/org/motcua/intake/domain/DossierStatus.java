package org.motcua.intake.domain;

/**
 * Status of a dossier as intake knows it (the national sync list: 2 received, 8 stopped ...). Processing
 * statuses come from routing's events.
 */
public enum DossierStatus {
    /** Đã tiếp nhận: received; the legal time runs. */
    RECEIVED,
    /** Dừng giải quyết: withdrawn at the applicant's request (Mẫu 05). */
    WITHDRAWN
}
