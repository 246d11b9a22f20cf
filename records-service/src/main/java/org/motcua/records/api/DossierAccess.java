package org.motcua.records.api;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.motcua.platformkit.security.Caller;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.service.ArchiveQueryService;

/**
 * The one check every read and write of a dossier's record makes: the caller belongs to the dossier's
 * receiving or processing unit, or acts for the whole province (404 if the archive does not know the
 * dossier, 403 if it belongs to other units).
 */
@RequestScoped
class DossierAccess {

    private final ArchiveQueryService queries;
    private final Caller caller;

    DossierAccess(ArchiveQueryService queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    ArchivedDossier require(UUID dossierId) {
        ArchivedDossier dossier = queries.dossier(dossierId);
        caller.requireUnit(dossier.receivingUnitCode(), dossier.processingUnitCode());
        return dossier;
    }
}
