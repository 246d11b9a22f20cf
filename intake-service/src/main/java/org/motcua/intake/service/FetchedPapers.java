package org.motcua.intake.service;

import java.util.List;

import org.motcua.intake.domain.DossierDocument;

/**
 * A submission's papers: those handed in, those fetched from national databases and those still pending, with the
 * units the databases named (the applicant's commune of residence, the land's commune).
 */
record FetchedPapers(List<DossierDocument> documents, String residenceUnitCode, String landUnitCode) {
}
