package org.motcua.intake.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** The versioned procedure catalog. */
@ApplicationScoped
public class ProcedureRepository {

    private static final String CURRENT = "v.version = (SELECT p.currentVersion FROM CatalogProcedure p WHERE p.code = v.code)";

    private final EntityManager entityManager;

    ProcedureRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<CatalogProcedure> entry(String code) {
        return Optional.ofNullable(entityManager.find(CatalogProcedure.class, code));
    }

    /** The current version of an entry. */
    public Optional<ProcedureVersion> current(String code) {
        return entityManager.createQuery("FROM ProcedureVersion v WHERE v.code = :code AND " + CURRENT,
                ProcedureVersion.class).setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<ProcedureVersion> version(String code, int version) {
        return Optional.ofNullable(entityManager.find(ProcedureVersion.class, new ProcedureVersionId(code, version)));
    }

    public void persist(CatalogProcedure entry) {
        entityManager.persist(entry);
    }

    public void persist(ProcedureVersion version) {
        entityManager.persist(version);
    }

    /**
     * Current versions matching every folded word of the text, a field and a competence level
     * (COMMUNE or PROVINCE): those the province can receive first, then by code.
     */
    public List<ProcedureVersion> search(List<String> words, String field, String level, int page, int size) {
        TypedQuery<ProcedureVersion> query = entityManager.createQuery(
                "FROM ProcedureVersion v WHERE " + where(words, field, level)
                        // the province's receivable procedures first
                        + " ORDER BY CASE WHEN v.competenceRule IS NULL THEN 1 ELSE 0 END, v.code", ProcedureVersion.class);
        bind(words, field, level).forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(List<String> words, String field, String level) {
        TypedQuery<Long> query = entityManager.createQuery(
                "SELECT count(v) FROM ProcedureVersion v WHERE " + where(words, field, level), Long.class);
        bind(words, field, level).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Every procedure's fields, for the search filter. */
    public List<String> fields() {
        return entityManager.createQuery("SELECT DISTINCT v.field FROM ProcedureVersion v WHERE " + CURRENT
                + " ORDER BY v.field", String.class).getResultList();
    }

    private static String where(List<String> words, String field, String level) {
        StringBuilder where = new StringBuilder(CURRENT);
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND v.searchText LIKE :w").append(i);
        }
        if (field != null) {
            where.append(" AND v.field = :field");
        }
        if ("PROVINCE".equals(level)) {
            where.append(" AND v.competenceRule = org.motcua.intake.domain.CompetenceRule.PROVINCIAL_AGENCY");
        } else if ("COMMUNE".equals(level)) {
            where.append(" AND v.competenceRule IN (org.motcua.intake.domain.CompetenceRule.ANY_COMMUNE,"
                    + " org.motcua.intake.domain.CompetenceRule.RESIDENCE_COMMUNE,"
                    + " org.motcua.intake.domain.CompetenceRule.LAND_COMMUNE)");
        }
        return where.toString();
    }

    private static Map<String, Object> bind(List<String> words, String field, String level) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            params.put("w" + i, "%" + words.get(i) + "%");
        }
        if (field != null) {
            params.put("field", field);
        }
        return params;
    }
}
