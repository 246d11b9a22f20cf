package org.motcua.records.api;

import java.time.Instant;
import java.util.UUID;

import org.motcua.records.domain.ArchivedDossier;

/** A dossier's hold. */
public record LegalHoldView(UUID dossierId, String reason, String by, Instant at) {
    static LegalHoldView of(ArchivedDossier d) {
        return new LegalHoldView(d.id(), d.holdReason(), d.holdBy(), d.holdAt());
    }
}
