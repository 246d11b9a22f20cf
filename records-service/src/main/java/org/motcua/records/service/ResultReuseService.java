package org.motcua.records.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.problem.ConflictException;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.records.domain.ApplicantResult;
import org.motcua.records.domain.ApplicantResultRepository;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.ArchivedDossierRepository;
import org.motcua.records.domain.Paper;
import org.motcua.records.domain.PaperRepository;

import io.quarkus.security.ForbiddenException;

/**
 * Reuse of an applicant's earlier results (once-only) for a dossier being received or processed: only that
 * dossier's applicant, only while it is open, and only the results that dossier may reuse — those of its field,
 * or naming one of its papers ("Giấy khai sinh số 12/2026" for a paper "Giấy khai sinh"). The caller's unit is
 * checked against the dossier by the resource, like every read of a dossier's record.
 */
@ApplicationScoped
public class ResultReuseService {

    /** More results than one person ever has: the reusable ones are chosen among these. */
    private static final int MAX_RESULTS = 1_000;

    private final ArchivedDossierRepository dossiers;
    private final PaperRepository papers;
    private final ApplicantResultRepository results;

    ResultReuseService(ArchivedDossierRepository dossiers, PaperRepository papers, ApplicantResultRepository results) {
        this.dossiers = dossiers;
        this.papers = papers;
        this.results = results;
    }

    /** The applicant's results that the dossier may reuse, the latest decision first. */
    @Transactional
    public PageView<ApplicantResult> forDossier(UUID dossierId, String applicantReference, int page, int size) {
        ArchivedDossier dossier = dossiers.findByIdOptional(dossierId)
                .orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", dossierId));
        if (!applicantReference.equals(dossier.applicantReference())) {
            throw new ForbiddenException("Chỉ tra cứu kết quả của chính người nộp hồ sơ " + dossier.code());
        }
        if (dossier.closedAt() != null) {
            throw new ConflictException("dossier-closed", "Hồ sơ " + dossier.code()
                    + " đã kết thúc: chỉ dùng lại kết quả cho hồ sơ đang tiếp nhận hoặc giải quyết");
        }
        List<String> paperNames = papers.of(dossierId).stream().map(Paper::name).map(VietnameseText::fold).toList();
        String field = dossier.field() == null ? null : VietnameseText.fold(dossier.field());
        List<ApplicantResult> reusable = results.of(applicantReference, 0, MAX_RESULTS).stream()
                .filter(r -> !r.dossierId().equals(dossierId))
                .filter(r -> field != null && r.field() != null && field.equals(VietnameseText.fold(r.field()))
                        || names(VietnameseText.fold(r.resultReference()), paperNames))
                .toList();
        int from = Math.min(reusable.size(), page * size);
        return new PageView<>(reusable.subList(from, Math.min(reusable.size(), from + size)), page, size, reusable.size());
    }

    /** Whether a result ("giay khai sinh so 125 2026", folded) is one of the papers (folded) the dossier needs. */
    private static boolean names(String result, List<String> paperNames) {
        String stem = result.replaceAll("\\s+so\\s+.*$", "");
        return paperNames.stream().anyMatch(paper -> !paper.isBlank()
                && (result.startsWith(paper) || !stem.isBlank() && paper.startsWith(stem)));
    }
}
