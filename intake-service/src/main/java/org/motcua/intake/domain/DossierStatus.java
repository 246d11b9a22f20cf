package org.motcua.intake.domain;

/**
 * Status of a dossier as intake knows it (the national sync list: 2 received, 5 supplementation
 * requested, 8 stopped ...). Only the statuses intake sets today are listed.
 */
public enum DossierStatus {
    /** Đã tiếp nhận: received, complete enough to start the legal time. */
    RECEIVED
}
