package org.motcua.intake.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The province's commune-level units and the pre-merger units they absorbed. */
@ApplicationScoped
public class AdministrativeUnitRepository implements PanacheRepositoryBase<AdministrativeUnit, String> {

    /** The pre-merger units of the given units, in one query, by new unit code. */
    public Map<String, List<PreMergerUnit>> preMergerUnitsOf(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery(
                "FROM PreMergerUnit p WHERE p.newCode IN :codes ORDER BY p.newCode, p.oldCode", PreMergerUnit.class)
                .setParameter("codes", unitCodes)
                .getResultStream()
                .collect(Collectors.groupingBy(PreMergerUnit::newCode));
    }

    public void replacePreMergerUnits(List<PreMergerUnit> units) {
        getEntityManager().createQuery("DELETE FROM PreMergerUnit").executeUpdate();
        units.forEach(getEntityManager()::persist);
    }
}
