package org.motcua.notification.domain;

/** Where a notification stands. */
public enum NotificationStatus {
    /** Waiting for its channel: due now, after a failed try, or in the morning (no SMS at night). */
    QUEUED,
    /** The channel accepted it. */
    SENT,
    /** Given up: the channel refused it for good, or the tries or the time ran out. */
    FAILED,
    /** Not sent, on purpose: the recipient does not want this channel. */
    SKIPPED
}
