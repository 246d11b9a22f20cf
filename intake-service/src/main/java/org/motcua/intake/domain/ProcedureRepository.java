package org.motcua.intake.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The procedure catalog. */
@ApplicationScoped
public class ProcedureRepository implements PanacheRepositoryBase<Procedure, String> {

    /** Procedures of a field (all when null), ordered by code. */
    public PanacheQuery<Procedure> byField(String field) {
        return field == null || field.isBlank()
                ? findAll(Sort.by("code"))
                : find("field", Sort.by("code"), field);
    }

    public List<String> fields() {
        return getEntityManager().createQuery("SELECT DISTINCT p.field FROM Procedure p ORDER BY p.field", String.class)
                .getResultList();
    }
}
