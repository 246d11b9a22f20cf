package org.motcua.records.api;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.motcua.platformkit.security.Caller;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.Document;
import org.motcua.records.service.ArchiveQueryService;

/**
 * The one check every read and write of a dossier's record makes: the caller belongs to the dossier's receiving or
 * processing unit, or acts for the whole province. To anyone else the dossier — and each of its documents — does
 * not exist: 404, the answer for an id nobody holds.
 */
@RequestScoped
class DossierAccess {

    static final String DOSSIER = "Hồ sơ";
    static final String DOCUMENT = "Tài liệu";

    private final ArchiveQueryService queries;
    private final Caller caller;

    DossierAccess(ArchiveQueryService queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    ArchivedDossier require(UUID dossierId) {
        ArchivedDossier dossier = queries.dossier(dossierId);
        caller.requireVisible(DOSSIER, dossierId, dossier.receivingUnitCode(), dossier.processingUnitCode());
        return dossier;
    }

    /**
     * A dossier's document is seen by the dossier's units (none, while the archive does not know the dossier yet);
     * another by the unit it was kept for; province-wide callers see all. Hidden, it is "not found" as a document.
     */
    Document require(Document document) {
        String[] units = document.dossierId() == null ? new String[] { document.unitCode() }
                : queries.findDossier(document.dossierId())
                        .map(d -> new String[] { d.receivingUnitCode(), d.processingUnitCode() })
                        .orElse(new String[0]);
        caller.requireVisible(DOCUMENT, document.id(), units);
        return document;
    }
}
