package org.motcua.notification.service.alert;

import java.time.Instant;
import java.util.UUID;

/** A staff alert as the stream and the list show it; {@code seq} orders them (the stream's event id). */
public record StaffAlert(long seq, AlertKind kind, String unitCode, String field, UUID dossierId, String dossierCode,
        Instant dueAt, String message, Instant createdAt) {
}
