package org.motcua.records.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.SubjectExport;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.service.ArchiveQueryService;
import org.motcua.records.service.audit.AuditLog;

/**
 * The archive's part of a data subject's export: the person's archived dossiers (the latest first) and their results
 * kept in the applicants' data store. The export and each dossier read are on the audit log.
 */
@ApplicationScoped
public class ApplicantHoldings implements SubjectExport {

    /** More than a person submits in a lifetime of procedures; the answer says when there were more. */
    static final int MAX_ITEMS = 2_000;

    private final ArchiveQueryService queries;
    private final AuditLog audit;
    private final Caller caller;

    ApplicantHoldings(ArchiveQueryService queries, AuditLog audit, Caller caller) {
        this.queries = queries;
        this.audit = audit;
        this.caller = caller;
    }

    @Override
    public ApplicantHoldingsView holdingsOf(String applicantReference) {
        List<ArchivedDossier> found = queries.ofApplicant(applicantReference, MAX_ITEMS + 1);
        List<ArchivedDossier> dossiers = found.stream().limit(MAX_ITEMS).toList();
        var results = queries.results(applicantReference, 0, MAX_ITEMS);
        audit.read(caller.name(), AuditLog.Action.SUBJECT_EXPORTED, "applicant", applicantReference,
                dossiers.size() + " hồ sơ, " + results.items().size() + " kết quả");
        audit.readAll(caller.name(), AuditLog.Action.DOSSIER_READ, "dossier",
                dossiers.stream().map(d -> d.id().toString()).toList(), "trích xuất dữ liệu của người nộp");
        return new ApplicantHoldingsView(dossiers.stream().map(d -> ArchivedDossierView.of(d, true)).toList(),
                results.items(), found.size() > MAX_ITEMS || results.total() > MAX_ITEMS);
    }
}
