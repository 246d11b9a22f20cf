package org.motcua.notification.domain;

/** Who a notification is for. */
public enum Recipient {
    /** Người nộp hồ sơ. */
    APPLICANT
}
