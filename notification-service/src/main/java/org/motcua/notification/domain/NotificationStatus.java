package org.motcua.notification.domain;

/** Where a notification stands. */
public enum NotificationStatus {
    /** Waiting until the recipient is known (events of two topics arrive in any order). */
    PENDING,
    /** Handed to its channel. */
    SENT
}
