package org.motcua.routing.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.security.Caller;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.AssignmentRepository;
import org.motcua.routing.domain.ProcessingStep;
import org.motcua.routing.domain.ProcessingStepRepository;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.StepKind;

/**
 * The process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ, Mẫu 06): every hand-over of a
 * dossier with who, where and when, from its receipt to the return of its result.
 */
@ApplicationScoped
public class ControlSheetService {

    private final AssignmentRepository assignments;
    private final ProcessingStepRepository steps;
    private final ProcessingUnitRepository units;

    ControlSheetService(AssignmentRepository assignments, ProcessingStepRepository steps,
            ProcessingUnitRepository units) {
        this.assignments = assignments;
        this.steps = steps;
        this.units = units;
    }

    /** A row of the sheet: the step, the unit before and after it, who and when. */
    public record Row(StepKind kind, String fromUnit, String unitCode, String actor, Instant at, String note,
            Boolean onTime) {
    }

    /** The dossier, its rows in order and the units they name. */
    public record Sheet(Assignment assignment, List<Row> rows, Map<String, ProcessingUnit> units) {

        /** The unit's name, or its code if it is not known. */
        public String unitName(String code) {
            ProcessingUnit unit = code == null ? null : units.get(code);
            return unit == null ? code : unit.name();
        }

        /** Whether the unit is a commune (its people's committee issues papers), not a provincial agency. */
        public boolean isCommune(String code) {
            ProcessingUnit unit = units.get(code);
            return unit != null && unit.kind() == ProcessingUnit.Kind.COMMUNE;
        }
    }

    @Transactional
    public Sheet of(UUID dossierId, Caller caller) {
        Assignment a = assignments.findByIdOptional(dossierId)
                .orElseThrow(() -> new ResourceNotFoundException(Assignment.NAME, dossierId));
        caller.requireVisible(Assignment.NAME, dossierId, a.unitsConcerned());
        List<ProcessingStep> taken = steps.of(dossierId);
        // the unit first assigned: where the first move started from, or where the dossier still is
        String firstUnit = taken.stream().filter(s -> s.fromUnit() != null).map(ProcessingStep::fromUnit).findFirst()
                .orElse(a.processingUnitCode());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(StepKind.RECEIVED, null, a.receivingUnitCode(), "Bộ phận một cửa", a.submittedAt(), null,
                null));
        rows.add(new Row(StepKind.ASSIGNED, a.receivingUnitCode(), firstUnit, "routing", a.assignedAt(),
                a.placement().reason().name(), onTime(a, a.assignedAt())));
        for (ProcessingStep s : taken) {
            rows.add(new Row(s.kind(), s.fromUnit(), s.unitCode(), s.actor(), s.at(), s.note(), onTime(a, s.at())));
        }
        Set<String> codes = Stream.concat(Stream.of(a.processingUnitCode()),
                rows.stream().flatMap(r -> Stream.of(r.fromUnit(), r.unitCode())))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return new Sheet(a, rows, units.byCode(codes));
    }

    private static Boolean onTime(Assignment a, Instant at) {
        return a.dueAt() == null ? null : !at.isAfter(a.dueAt());
    }
}
