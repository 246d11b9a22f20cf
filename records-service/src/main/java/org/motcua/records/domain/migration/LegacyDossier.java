package org.motcua.records.domain.migration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;


/**
 * A dossier of a pre-merger system, checked and put in the archive's terms. The applicant is known by the keyed
 * hash of the citizen ID (never the ID itself); {@code decision} is APPROVED, REFUSED or null.
 */
public record LegacyDossier(SourceSystem system, String originalCode, String originalUnitCode, String procedureCode,
        String procedureName, String field, String applicantName, String applicantReference, String address,
        String channel, Instant receivedAt, Instant appointmentAt, String status, String decision, Instant finishedAt,
        Instant returnedAt, String resultReference, String reasons, Instant sourceUpdatedAt) {

    /** The archive's id of the dossier: the same for every export and every import of it. */
    public UUID archiveId() {
        return idOf(system, originalCode);
    }

    /** When its life ended (result returned, refused, withdrawn): its retention counts from here; null if open. */
    public Instant closedAt() {
        return switch (status) {
            case "RESULT_RETURNED" -> returnedAt;
            case "REFUSED", "WITHDRAWN" -> finishedAt;
            default -> null;
        };
    }

    /** When the decision was taken, if there was one. */
    public Instant decidedAt() {
        return decision == null ? null : finishedAt != null ? finishedAt : returnedAt;
    }

    private static UUID idOf(SourceSystem system, String originalCode) {
        return UUID.nameUUIDFromBytes(("motcua-migration:" + system.name() + ":" + originalCode).getBytes(StandardCharsets.UTF_8));
    }
}
