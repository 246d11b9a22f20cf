package org.motcua.routing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Reinforcements of units by provincial officers. */
@ApplicationScoped
public class ReinforcementRepository implements PanacheRepositoryBase<Reinforcement, UUID> {

    /** Reinforcements in force on the day for the field (or every field). */
    public List<Reinforcement> inForce(LocalDate day, String field) {
        return find("startsOn <= ?1 and endsOn >= ?1 and field in ?2", day, List.of(field, UnitStaffing.OTHER_FIELDS))
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list(); // see StaffingRepository#forField
    }

    /** The given units' reinforcements in force on the day for the field (or every field). */
    public List<Reinforcement> inForce(LocalDate day, String field, List<String> unitCodes) {
        return find("startsOn <= ?1 and endsOn >= ?1 and field in ?2 and unitCode in ?3", day,
                List.of(field, UnitStaffing.OTHER_FIELDS), unitCodes)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list();
    }

    /** A unit's reinforcements (every unit's when null) that have not ended before the day, soonest first. */
    public PanacheQuery<Reinforcement> notEndedBefore(String unitCode, LocalDate day) {
        Sort order = Sort.by("startsOn").and("officerName").and("id");
        return unitCode == null ? find("endsOn >= ?1", order, day)
                : find("unitCode = ?1 and endsOn >= ?2", order, unitCode, day);
    }
}
