package org.motcua.records.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MigrationReview")
public record MigrationReviewView(UUID id, String sourceSystem, String originalCode, UUID migrationId, long rowNumber,
        MigrationUnitView originalUnit, List<MigrationUnitView> candidates, String address, String applicantName, String procedureName,
        Instant receivedAt, @Schema(description = "OPEN, DECIDED") String status, String decidedUnitCode,
        String decidedBy, Instant decidedAt) {
}
