package org.motcua.records.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.ArchivedDossierRepository;
import org.motcua.records.domain.TimelineEntry;
import org.motcua.records.domain.TimelineRepository;
import org.motcua.platformkit.problem.ResourceNotFoundException;

/** Reads archived dossiers and their timelines. */
@ApplicationScoped
public class ArchiveQueryService {

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

    @Transactional
    public List<TimelineEntry> timeline(UUID id) {
        return timeline.of(id);
    }
}
