package org.motcua.notification.domain;

import java.time.Instant;
import java.util.UUID;

/** One try to deliver a notification, and what the channel answered. */
public record DeliveryAttempt(UUID notificationId, int attempt, Instant startedAt, Instant finishedAt, String outcome,
        String detail) {
}
