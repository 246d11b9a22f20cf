package org.motcua.routing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The communes and provincial agencies that process dossiers. */
@ApplicationScoped
public class ProcessingUnitRepository implements PanacheRepositoryBase<ProcessingUnit, String> {

    public List<ProcessingUnit> communes() {
        return list("kind", Sort.by("code"), ProcessingUnit.Kind.COMMUNE);
    }

    /** Every unit's code, communes and agencies, in code order. */
    public List<String> codes() {
        return getEntityManager().createQuery("SELECT u.code FROM ProcessingUnit u ORDER BY u.code", String.class)
                .getResultList();
    }

    /** The given units, by code, in one query (unknown codes are left out). */
    public Map<String, ProcessingUnit> byCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return list("code in ?1", codes).stream().collect(Collectors.toMap(ProcessingUnit::code, u -> u));
    }

    /** The agency whose accent-folded name is the given one. */
    public Optional<ProcessingUnit> agencyNamed(String foldedName) {
        return find("kind = ?1 and matchName = ?2", ProcessingUnit.Kind.AGENCY, foldedName).firstResultOptional();
    }
}
