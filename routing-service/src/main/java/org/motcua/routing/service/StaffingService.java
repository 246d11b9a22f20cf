package org.motcua.routing.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.Reinforcement;
import org.motcua.routing.domain.ReinforcementRepository;
import org.motcua.routing.domain.StaffingRepository;
import org.motcua.routing.domain.UnitLoadRepository;
import org.motcua.routing.domain.UnitStaffing;

import io.quarkus.panache.common.Page;

/**
 * A unit's staffing per field and the provincial reinforcements lent to units. Assignments read both
 * fresh, so a change counts from the next dossier on.
 */
@ApplicationScoped
public class StaffingService {

    private static final Logger LOG = Logger.getLogger(StaffingService.class);
    private static final int LONGEST_REINFORCEMENT_DAYS = 366;

    private final ProcessingUnitRepository units;
    private final StaffingRepository staffing;
    private final ReinforcementRepository reinforcements;
    private final UnitLoadRepository loads;
    private final Clock clock;

    StaffingService(ProcessingUnitRepository units, StaffingRepository staffing, ReinforcementRepository reinforcements,
            UnitLoadRepository loads, Clock clock) {
        this.units = units;
        this.staffing = staffing;
        this.reinforcements = reinforcements;
        this.loads = loads;
        this.clock = clock;
    }

    /** A unit, its staffing rows, the reinforcements not yet ended and its load per field. */
    public record UnitStaffingPicture(ProcessingUnit unit, List<UnitStaffing> staffing,
            List<Reinforcement> reinforcements, List<UnitLoadRepository.Load> loads, LocalDate today) {
    }

    /** One field's officers, as a province-admin declares them. */
    public record FieldStaff(String field, BigDecimal officers, BigDecimal hoursPerDay) {
    }

    /** A reinforcement as a province-admin plans it. */
    public record PlannedReinforcement(String officerName, String homeAgency, String unitCode, String field,
            Reinforcement.Mode mode, BigDecimal hoursPerDay, LocalDate startsOn, LocalDate endsOn) {
    }

    @Transactional
    public PageView<ProcessingUnit> units(int page, int size) {
        var query = units.findAll(io.quarkus.panache.common.Sort.by("code"));
        return new PageView<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    @Transactional
    public UnitStaffingPicture picture(String unitCode) {
        ProcessingUnit unit = unit(unitCode);
        LocalDate today = ProvinceTime.localDate(clock.instant());
        return new UnitStaffingPicture(unit, staffing.ofUnit(unitCode),
                reinforcements.notEndedBefore(unitCode, today).page(Page.ofSize(200)).list(), loads.ofUnit(unitCode),
                today);
    }

    /** Replaces the unit's staffing with the given rows (one of them for every other field, {@code *}). */
    @Transactional
    public UnitStaffingPicture replaceStaffing(String unitCode, List<FieldStaff> rows, String actor) {
        unit(unitCode);
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!seen.add(rows.get(i).field().trim())) {
                problems.add(new FieldProblem("fields[" + i + "].field", "lĩnh vực bị lặp lại"));
            }
        }
        if (!seen.contains(UnitStaffing.OTHER_FIELDS)) {
            problems.add(new FieldProblem("fields", "cần một dòng \"*\" cho các lĩnh vực còn lại"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("staffing-invalid", "Biên chế không hợp lệ", problems);
        }
        staffing.deleteOfUnit(unitCode);
        staffing.flush();
        rows.forEach(r -> staffing.persist(new UnitStaffing(unitCode, r.field().trim(), r.officers(), r.hoursPerDay(),
                actor, clock.instant())));
        LOG.infof("staffing of unit %s replaced by %s (%d fields)", unitCode, actor, rows.size());
        return picture(unitCode);
    }

    @Transactional
    public Reinforcement reinforce(PlannedReinforcement plan, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (units.findByIdOptional(plan.unitCode()).isEmpty()) {
            problems.add(new FieldProblem("unitCode", "không có đơn vị này"));
        }
        LocalDate today = ProvinceTime.localDate(clock.instant());
        if (plan.endsOn().isBefore(plan.startsOn())) {
            problems.add(new FieldProblem("endsOn", "ngày kết thúc phải từ ngày bắt đầu trở đi"));
        } else if (plan.endsOn().isBefore(today)) {
            problems.add(new FieldProblem("endsOn", "đợt tăng cường đã kết thúc trước hôm nay"));
        } else if (plan.startsOn().plusDays(LONGEST_REINFORCEMENT_DAYS).isBefore(plan.endsOn())) {
            problems.add(new FieldProblem("endsOn", "một đợt tăng cường dài tối đa " + LONGEST_REINFORCEMENT_DAYS + " ngày"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("reinforcement-invalid", "Đợt tăng cường không hợp lệ", problems);
        }
        Reinforcement reinforcement = new Reinforcement(plan.officerName().trim(), plan.homeAgency().trim(),
                plan.unitCode(), plan.field() == null || plan.field().isBlank() ? UnitStaffing.OTHER_FIELDS
                        : plan.field().trim(), plan.mode(), plan.hoursPerDay(), plan.startsOn(), plan.endsOn(), actor,
                clock.instant());
        reinforcements.persist(reinforcement);
        LOG.infof("reinforcement %s of unit %s (%s, %s to %s) by %s", reinforcement.id(), plan.unitCode(),
                plan.mode(), plan.startsOn(), plan.endsOn(), actor);
        return reinforcement;
    }

    /** Reinforcements not ended before today, of one unit or all. */
    @Transactional
    public PageView<Reinforcement> reinforcements(String unitCode, int page, int size) {
        var query = reinforcements.notEndedBefore(unitCode, ProvinceTime.localDate(clock.instant()));
        return new PageView<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /** Ends a reinforcement today (the officer's last day); one that has not started is cancelled. */
    @Transactional
    public Reinforcement end(UUID id, String actor) {
        Reinforcement reinforcement = reinforcements.findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("Đợt tăng cường", id));
        reinforcement.endOn(ProvinceTime.localDate(clock.instant()));
        LOG.infof("reinforcement %s ended by %s", id, actor);
        return reinforcement;
    }

    private ProcessingUnit unit(String code) {
        return units.findByIdOptional(code).orElseThrow(() -> new ResourceNotFoundException("Đơn vị", code));
    }
}
