package org.motcua.routing.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Assignments, and the work queue of a unit. */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    /** The dossiers a unit has to process, oldest first. */
    public PanacheQuery<Assignment> queueOf(String unitCode) {
        return find("processingUnitCode = ?1 and status = ?2", Sort.by("submittedAt").and("dossierId"), unitCode,
                AssignmentStatus.QUEUED);
    }
}
