package org.motcua.routing.service;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.ProcessingStep;
import org.motcua.routing.domain.ProcessingStepRepository;
import org.motcua.routing.domain.UnitLoadRepository;

/**
 * Applies a step to an assignment in the caller's transaction: stores the step (the control sheet) and
 * keeps the units' loads in step with it — a dossier counts where it waits or is processed, not while
 * the applicant completes it, nor once decided.
 */
@ApplicationScoped
public class StepRecorder {

    private final ProcessingStepRepository steps;
    private final UnitLoadRepository loads;

    StepRecorder(ProcessingStepRepository steps, UnitLoadRepository loads) {
        this.steps = steps;
        this.loads = loads;
    }

    /** @return the step, or null when the change did nothing */
    public ProcessingStep apply(Assignment assignment, Function<Assignment, ProcessingStep> change) {
        boolean counted = assignment.inQueue();
        String unit = assignment.processingUnitCode();
        ProcessingStep step = change.apply(assignment);
        if (step == null) {
            return null;
        }
        if (counted != assignment.inQueue() || !unit.equals(assignment.processingUnitCode())) {
            if (counted) {
                loads.add(unit, assignment.field(), -1, assignment.effortHours().negate());
            }
            if (assignment.inQueue()) {
                loads.add(assignment.processingUnitCode(), assignment.field(), 1, assignment.effortHours());
            }
        }
        steps.persist(step);
        return step;
    }
}
