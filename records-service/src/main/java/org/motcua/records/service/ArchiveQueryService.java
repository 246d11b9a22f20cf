package org.motcua.records.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.api.PageView;
import org.motcua.records.domain.ArchiveSearch;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.ArchivedDossierRepository;
import org.motcua.records.domain.TimelineEntry;
import org.motcua.records.domain.TimelineRepository;
import org.motcua.platformkit.problem.ResourceNotFoundException;

/** Reads archived dossiers and their timelines. */
@ApplicationScoped
public class ArchiveQueryService {

    /** Totals above this are reported as this: beyond it, a count costs more than the page it describes. */
    public static final long COUNT_CAP = 10_000;

    private final ArchivedDossierRepository dossiers;
    private final TimelineRepository timeline;

    ArchiveQueryService(ArchivedDossierRepository dossiers, TimelineRepository timeline) {
        this.dossiers = dossiers;
        this.timeline = timeline;
    }

    @Transactional
    public ArchivedDossier dossier(UUID id) {
        return dossiers.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", id));
    }

    /** One page of the dossiers the search finds, with the number found (counted up to {@link #COUNT_CAP}). */
    @Transactional
    public PageView<ArchivedDossier> search(ArchiveSearch search, int page, int size) {
        return new PageView<>(dossiers.search(search, page, size), page, size, dossiers.count(search, COUNT_CAP));
    }

    @Transactional
    public List<TimelineEntry> timeline(UUID id) {
        return timeline.of(id);
    }
}
