package org.motcua.intake.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.Dossier;
import org.motcua.intake.service.DossierQueryService;
import org.motcua.platformkit.security.PersonalDataReads;
import org.motcua.platformkit.security.SubjectExport;

/**
 * Intake's part of a data subject's export: every dossier the person submitted, as intake shows a dossier (the
 * applicant in clear, papers, history), the newest first. Each is a read of personal data on the audit log.
 */
@ApplicationScoped
public class ApplicantHoldings implements SubjectExport {

    /** More than a person submits in a lifetime of procedures; the answer says when there were more. */
    static final int MAX_DOSSIERS = 2_000;

    private final DossierQueryService queries;
    private final PersonalDataReads reads;

    ApplicantHoldings(DossierQueryService queries, PersonalDataReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @Override
    public ApplicantHoldingsView holdingsOf(String applicantReference) {
        DossierQueryService.ApplicantDossiers found = queries.ofApplicant(applicantReference, MAX_DOSSIERS + 1);
        List<Dossier> dossiers = found.dossiers().stream().limit(MAX_DOSSIERS).toList();
        reads.record(dossiers.stream().map(Dossier::id).toList());
        return new ApplicantHoldingsView(dossiers.stream().map(d -> DossierView.of(d,
                found.histories().getOrDefault(d.id(), List.of()), List.of(), true)).toList(),
                found.dossiers().size() > MAX_DOSSIERS);
    }
}
