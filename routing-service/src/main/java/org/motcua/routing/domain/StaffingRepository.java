package org.motcua.routing.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Staffing rows of units. */
@ApplicationScoped
public class StaffingRepository implements PanacheRepositoryBase<UnitStaffing, UnitStaffing.Key> {

    public List<UnitStaffing> ofUnit(String unitCode) {
        return list("unitCode", Sort.by("field"), unitCode);
    }

    /**
     * Every unit's rows for the field and for every other field ({@code *}): one query for the province. Read for
     * decisions (placing, forecasting) in transactions that change no staffing, so without the auto-flush: a pass
     * over every entity the transaction holds (a poll's assignments), per dossier.
     */
    public List<UnitStaffing> forField(String field) {
        return find("field in ?1", List.of(field, UnitStaffing.OTHER_FIELDS))
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list();
    }

    /** The given units' rows for the field and for every other field. */
    public List<UnitStaffing> forField(String field, List<String> unitCodes) {
        return find("field in ?1 and unitCode in ?2", List.of(field, UnitStaffing.OTHER_FIELDS), unitCodes)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list();
    }

    /** The units that have staffing rows. */
    @SuppressWarnings("unchecked")
    public List<String> unitsWithStaffing() {
        return getEntityManager().createQuery("SELECT DISTINCT s.unitCode FROM UnitStaffing s").getResultList();
    }

    public long deleteOfUnit(String unitCode) {
        return delete("unitCode", unitCode);
    }
}
