package org.motcua.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.deadline.DeadlineCalculator;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.AssignmentRepository;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.policy.Forecast;

/** Reads assignments and work queues (earliest deadline first, with each dossier's forecast). */
@ApplicationScoped
public class QueueQueryService {

    private final AssignmentRepository assignments;
    private final ProcessingUnitRepository units;
    private final CapacityService capacity;
    private final UnitCalendars calendars;
    private final Clock clock;

    QueueQueryService(AssignmentRepository assignments, ProcessingUnitRepository units, CapacityService capacity,
            UnitCalendars calendars, Clock clock) {
        this.assignments = assignments;
        this.units = units;
        this.capacity = capacity;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A queued dossier with its forecast. */
    public record QueueItem(Assignment assignment, Forecast forecast) {
    }

    @Transactional
    public Assignment assignment(UUID dossierId) {
        return assignments.findByIdOptional(dossierId)
                .orElseThrow(() -> new ResourceNotFoundException(Assignment.NAME, dossierId));
    }

    @Transactional
    public PageView<QueueItem> queue(String unitCode, AssignmentRepository.QueueFilter filter, int page, int size) {
        if (units.findByIdOptional(unitCode).isEmpty()) {
            throw new ResourceNotFoundException("Đơn vị", unitCode);
        }
        Instant now = clock.instant();
        DeadlineCalculator calculator = calendars.at(unitCode);
        Map<String, Double> hoursByField = new HashMap<>();
        List<QueueItem> items = assignments.queuePage(unitCode, filter, page, size).stream().map(q -> {
            String field = q.assignment().field();
            double hours = hoursByField.computeIfAbsent(field,
                    f -> capacity.staffHoursPerDay(unitCode, f, ProvinceTime.localDate(now)));
            return new QueueItem(q.assignment(), Forecast.of(now, q.assignment().dueAt(), q.workThroughHours(), hours,
                    calculator));
        }).toList();
        return new PageView<>(items, page, size, assignments.queueLength(unitCode, filter));
    }
}
