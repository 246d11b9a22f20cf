package org.motcua.records.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Timeline entries of dossiers. */
@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, Long> {

    /** A dossier's timeline in the order things happened. */
    public List<TimelineEntry> of(UUID dossierId) {
        return list("dossierId", Sort.by("occurredAt").and("id"), dossierId);
    }
}
