package org.motcua.records.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.api.PageView;
import org.motcua.records.domain.ApplicantResult;
import org.motcua.records.domain.ApplicantResultRepository;
import org.motcua.records.domain.ArchiveSearch;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.ArchivedDossierRepository;
import org.motcua.records.domain.Document;
import org.motcua.records.domain.DocumentRepository;
import org.motcua.records.domain.Paper;
import org.motcua.records.domain.PaperRepository;
import org.motcua.records.domain.TimelineEntry;
import org.motcua.records.domain.TimelineRepository;
import org.motcua.platformkit.problem.ResourceNotFoundException;

/** Reads archived dossiers and their timelines. */
@ApplicationScoped
public class ArchiveQueryService {

    /** Totals above this are reported as this: beyond it, a count costs more than the page it describes. */
    public static final long COUNT_CAP = 1_000;

    private final ArchivedDossierRepository dossiers;
    private final TimelineRepository timeline;
    private final PaperRepository papers;
    private final DocumentRepository documents;
    private final ApplicantResultRepository results;

    ArchiveQueryService(ArchivedDossierRepository dossiers, TimelineRepository timeline, PaperRepository papers,
            DocumentRepository documents, ApplicantResultRepository results) {
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.papers = papers;
        this.documents = documents;
        this.results = results;
    }

    /** A dossier's whole record: what the archive knows, its papers and its uploaded documents. */
    public record DossierRecord(ArchivedDossier dossier, List<Paper> papers, List<Document> documents) {
    }

    @Transactional
    public DossierRecord record(UUID id) {
        ArchivedDossier dossier = dossier(id);
        return new DossierRecord(dossier, papers.of(id), documents.ofDossier(id));
    }

    /** A person's archived dossiers, the latest first, at most {@code limit}. */
    @Transactional
    public List<ArchivedDossier> ofApplicant(String applicantReference, int limit) {
        return dossiers.ofApplicant(applicantReference, limit);
    }

    /** One page of an applicant's reusable results, with how many there are. */
    @Transactional
    public PageView<ApplicantResult> results(String applicantReference, int page, int size) {
        return new PageView<>(results.of(applicantReference, page, size), page, size, results.count(applicantReference));
    }

    @Transactional
    public ArchivedDossier dossier(UUID id) {
        return findDossier(id).orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", id));
    }

    @Transactional
    public Optional<ArchivedDossier> findDossier(UUID id) {
        return dossiers.findByIdOptional(id);
    }

    /** One page of the dossiers the search finds, with the number found (counted up to {@link #COUNT_CAP}). */
    @Transactional
    public PageView<ArchivedDossier> search(ArchiveSearch search, int page, int size) {
        ArchivedDossierRepository.Found found = dossiers.search(search, page, size, COUNT_CAP);
        return new PageView<>(found.page(), page, size, found.total());
    }

    @Transactional
    public List<TimelineEntry> timeline(UUID id) {
        return timeline.of(id);
    }
}
