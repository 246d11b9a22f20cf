package org.motcua.routing.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.transaction.TransactionMemo;
import org.motcua.routing.domain.ProcessingUnit;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.Reinforcement;
import org.motcua.routing.domain.ReinforcementRepository;
import org.motcua.routing.domain.StaffingRepository;
import org.motcua.routing.domain.UnitLoadRepository;
import org.motcua.routing.domain.UnitStaffing;
import org.motcua.routing.domain.policy.UnitLoad;

/**
 * What units can do and have to do in a field, as the policy sees it: staff hours per day from the unit's
 * staffing (the field's own row, else {@code *}) plus the reinforcements in force that day, and the work
 * queued there. Read fresh for every transaction, so a change of staffing or reinforcement counts at once; a
 * transaction placing a poll of dossiers reads them once ({@link TransactionMemo}). Three queries whatever the
 * number of units.
 */
@ApplicationScoped
public class CapacityService {

    private final ProcessingUnitRepository units;
    private final StaffingRepository staffing;
    private final ReinforcementRepository reinforcements;
    private final UnitLoadRepository loads;
    private final TransactionMemo memo;
    private volatile List<String> communeCodes;

    CapacityService(ProcessingUnitRepository units, StaffingRepository staffing, ReinforcementRepository reinforcements,
            UnitLoadRepository loads, TransactionMemo memo) {
        this.units = units;
        this.memo = memo;
        this.staffing = staffing;
        this.reinforcements = reinforcements;
        this.loads = loads;
    }

    /** The load of every commune in the field (the pool of a procedure any commune may process). */
    public List<UnitLoad> communes(String field, LocalDate day) {
        return loads(communeCodes(), staffHoursPerDay(field, day), loads.ofField(field));
    }

    /** The communes' codes: seed data, loaded before the first dossier and unchanged while running. */
    private List<String> communeCodes() {
        List<String> codes = communeCodes;
        if (codes == null) {
            codes = units.communes().stream().map(ProcessingUnit::code).toList();
            communeCodes = codes;
        }
        return codes;
    }

    /** The load of the given units (a competent commune or agency) in the field. */
    public List<UnitLoad> of(List<String> unitCodes, String field, LocalDate day) {
        return loads(unitCodes, staffHoursPerDay(field, day, unitCodes), loads.ofField(field, unitCodes));
    }

    private static List<UnitLoad> loads(List<String> unitCodes, Map<String, Double> hours,
            Map<String, UnitLoadRepository.Load> queued) {
        return unitCodes.stream().map(code -> {
            UnitLoadRepository.Load load = queued.get(code);
            return new UnitLoad(code, load == null ? 0 : load.queuedWorkHours(), hours.getOrDefault(code, 0.0));
        }).toList();
    }

    /** Officer hours per day of each unit in the field on the day, reinforcements included. */
    public Map<String, Double> staffHoursPerDay(String field, LocalDate day) {
        return memo.get(new StaffHoursKey(field, day, null),
                () -> staffHours(staffing.forField(field), reinforcements.inForce(day, field)));
    }

    /** One unit's officer hours per day in the field on the day. */
    public double staffHoursPerDay(String unitCode, String field, LocalDate day) {
        return staffHoursPerDay(field, day, List.of(unitCode)).getOrDefault(unitCode, 0.0);
    }

    /** The same for the given units only. */
    public Map<String, Double> staffHoursPerDay(String field, LocalDate day, List<String> unitCodes) {
        return memo.get(new StaffHoursKey(field, day, List.copyOf(unitCodes)),
                () -> staffHours(staffing.forField(field, unitCodes), reinforcements.inForce(day, field, unitCodes)));
    }

    /** What a transaction read the hours of: a field on a day, for every unit (null) or the units listed. */
    private record StaffHoursKey(String field, LocalDate day, List<String> unitCodes) {
    }

    private static Map<String, Double> staffHours(List<UnitStaffing> rows, List<Reinforcement> inForce) {
        Map<String, UnitStaffing> own = new HashMap<>();
        for (UnitStaffing row : rows) {
            // the field's own row wins over the row for every other field
            own.merge(row.unitCode(), row, (a, b) -> UnitStaffing.OTHER_FIELDS.equals(a.field()) ? b : a);
        }
        Map<String, Double> hours = new HashMap<>();
        own.forEach((unit, row) -> hours.put(unit, row.staffHoursPerDay()));
        for (Reinforcement r : inForce) {
            hours.merge(r.unitCode(), r.hoursPerDay().doubleValue(), Double::sum);
        }
        return Map.copyOf(hours);
    }
}
