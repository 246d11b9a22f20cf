package org.motcua.routing.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The steps of dossiers. */
@ApplicationScoped
public class ProcessingStepRepository implements PanacheRepositoryBase<ProcessingStep, Long> {

    /** A dossier's steps in the order they happened (a dossier has tens of steps, not thousands). */
    public List<ProcessingStep> of(java.util.UUID dossierId) {
        return list("dossierId", Sort.by("id"), dossierId);
    }
}
