package org.motcua.routing.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.AssignmentRepository;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.problem.ResourceNotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** Reads assignments and work queues. */
@ApplicationScoped
public class QueueQueryService {

    private final AssignmentRepository assignments;

    QueueQueryService(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Transactional
    public Assignment assignment(UUID dossierId) {
        return assignments.findByIdOptional(dossierId)
                .orElseThrow(() -> new ResourceNotFoundException("Phân công của hồ sơ", dossierId));
    }

    @Transactional
    public PageView<Assignment> queue(String unitCode, int page, int size) {
        PanacheQuery<Assignment> query = assignments.queueOf(unitCode);
        return new PageView<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
