package org.motcua.routing.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Staffing rows of units. */
@ApplicationScoped
public class StaffingRepository implements PanacheRepositoryBase<UnitStaffing, UnitStaffing.Key> {

    public List<UnitStaffing> ofUnit(String unitCode) {
        return list("unitCode", Sort.by("field"), unitCode);
    }

    /** Every unit's rows for the field and for every other field ({@code *}): one query for the province. */
    public List<UnitStaffing> forField(String field) {
        return list("field in ?1", List.of(field, UnitStaffing.OTHER_FIELDS));
    }

    public long deleteOfUnit(String unitCode) {
        return delete("unitCode", unitCode);
    }
}
