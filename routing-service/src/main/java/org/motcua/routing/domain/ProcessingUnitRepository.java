package org.motcua.routing.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The communes and provincial agencies that process dossiers. */
@ApplicationScoped
public class ProcessingUnitRepository implements PanacheRepositoryBase<ProcessingUnit, String> {

    public List<ProcessingUnit> communes() {
        return list("kind", Sort.by("code"), ProcessingUnit.Kind.COMMUNE);
    }

    /** The agency whose accent-folded name is the given one. */
    public Optional<ProcessingUnit> agencyNamed(String foldedName) {
        return find("kind = ?1 and matchName = ?2", ProcessingUnit.Kind.AGENCY, foldedName).firstResultOptional();
    }
}
