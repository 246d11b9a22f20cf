package org.motcua.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.AssignmentRepository;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.UnitLoadRepository;
import org.motcua.routing.domain.policy.AssignmentDecision;
import org.motcua.routing.domain.policy.AssignmentPolicy;
import org.motcua.routing.domain.policy.AssignmentReason;
import org.motcua.routing.domain.policy.Competence;
import org.motcua.routing.domain.policy.CompetenceRule;
import org.motcua.routing.domain.policy.UnitLoad;
import org.motcua.routing.publisher.RoutingEvents;

/**
 * Places every received dossier: the competent units from the procedure's rule, their load and capacity
 * in the dossier's field, the {@link AssignmentPolicy}'s choice; the unit's load grows by the dossier's
 * effort in the same transaction, and {@code DossierAssigned} announces it.
 */
@ApplicationScoped
public class AssignDossierService {

    private static final Logger LOG = Logger.getLogger(AssignDossierService.class);

    private final AssignmentRepository assignments;
    private final ProcessingUnitRepository units;
    private final CapacityService capacity;
    private final UnitLoadRepository loads;
    private final RoutingEvents events;
    private final AssignmentPolicy policy = new AssignmentPolicy();
    private final Clock clock;

    AssignDossierService(AssignmentRepository assignments, ProcessingUnitRepository units, CapacityService capacity,
            UnitLoadRepository loads, RoutingEvents events, Clock clock) {
        this.assignments = assignments;
        this.units = units;
        this.capacity = capacity;
        this.loads = loads;
        this.events = events;
        this.clock = clock;
    }

    /** Before a poll of submissions is placed: which of them are placed already, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readAhead(Collection<UUID> dossierIds) {
        assignments.readAhead(dossierIds);
    }

    /** Assigns the dossier unless it already is (returns the existing assignment then). */
    @Transactional
    public Assignment assign(SubmittedDossier dossier) {
        Assignment existing = assignments.assignmentOf(dossier.dossierId());
        if (existing != null) {
            return existing;
        }
        Instant now = clock.instant();
        CompetenceRule rule = ruleOf(dossier);
        String agencyCode = rule == CompetenceRule.PROVINCIAL_AGENCY ? agencyCodeOf(dossier) : null;
        Competence competence = Competence.of(rule, dossier.receivingUnitCode(), dossier.residenceUnitCode(),
                dossier.landUnitCode(), agencyCode);
        double effort = dossier.effortOrDefault();
        List<UnitLoad> eligible = competence.pooled()
                ? capacity.communes(dossier.field(), ProvinceTime.localDate(now))
                : capacity.of(competence.unitCodes(), dossier.field(), ProvinceTime.localDate(now));
        AssignmentDecision decision = policy.decide(dossier.receivingUnitCode(), effort, eligible, competence.pooled());
        if (agencyCode != null && decision.unitCode().equals(agencyCode)
                && decision.reason() == AssignmentReason.ONLY_COMPETENT_UNIT) {
            decision = new AssignmentDecision(agencyCode, AssignmentReason.PROVINCIAL_AGENCY, decision.candidates());
        }
        Assignment assignment = new Assignment(new Assignment.Received(dossier.dossierId(), dossier.dossierCode(),
                dossier.procedureCode(), dossier.procedureName(), dossier.receivingUnitCode(), dossier.field(), effort, dossier.dueAt(),
                rule == null ? null : rule.name(), competence.pooled(), dossier.submittedAt()), decision, now);
        assignments.add(assignment);
        loads.add(assignment.processingUnitCode(), assignment.field(), 1, assignment.effortHours());
        events.assigned(assignment);
        return assignment;
    }

    private static CompetenceRule ruleOf(SubmittedDossier dossier) {
        if (dossier.competenceRule() == null) {
            return null;
        }
        try {
            return CompetenceRule.valueOf(dossier.competenceRule());
        } catch (IllegalArgumentException unknown) {
            LOG.warnf("dossier %s: unknown competence rule %s, processed at the receiving unit", dossier.dossierCode(),
                    dossier.competenceRule());
            return null;
        }
    }

    private String agencyCodeOf(SubmittedDossier dossier) {
        String name = dossier.competentAgency();
        String code = name == null ? null
                : units.agencyNamed(VietnameseText.fold(name)).map(ProcessingUnit::code).orElse(null);
        if (code == null) {
            LOG.errorf("ALERT province-admin: dossier %s names the agency '%s', unknown to routing: it waits at the"
                    + " receiving unit %s", dossier.dossierCode(), name, dossier.receivingUnitCode());
        }
        return code;
    }
}
