package org.motcua.records.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Retention rules, and the dossiers whose retention has run out. */
@ApplicationScoped
public class RetentionRepository implements PanacheRepositoryBase<RetentionRule, RetentionRule.Key> {

    /**
     * The years that apply to each dossier (its procedure's rule, else its field's, else the default; NULL
     * permanent), as SQL over {@code archived_dossier d}.
     */
    private static final String YEARS = """
            CASE WHEN rp.scope IS NOT NULL THEN rp.years WHEN rf.scope IS NOT NULL THEN rf.years ELSE :defaultYears END""";
    private static final String CANDIDATES = """
            FROM archived_dossier d
            LEFT JOIN retention_rule rp ON rp.scope = 'PROCEDURE' AND rp.key = d.procedure_code
            LEFT JOIN retention_rule rf ON rf.scope = 'FIELD' AND rf.key = d.field
            WHERE d.closed_at IS NOT NULL AND d.hold_at IS NULL
              AND (%1$s) IS NOT NULL AND d.closed_at + make_interval(years => (%1$s)) <= :asOf""".formatted(YEARS);

    public List<RetentionRule> all(int page, int size) {
        return findAll(io.quarkus.panache.common.Sort.by("id.scope").and("id.key")).page(page, size).list();
    }

    /** Dossiers closed longer ago than their retention and not on hold, the oldest closure first. */
    @SuppressWarnings("unchecked")
    public List<ArchivedDossier> disposalCandidates(Instant asOf, int defaultYears, CandidateFilter filter, int page,
            int size) {
        return filter.bind(getEntityManager().createNativeQuery("SELECT d.* " + CANDIDATES + filter.sql()
                        + " ORDER BY d.closed_at, d.id LIMIT :size OFFSET :offset", ArchivedDossier.class))
                .setParameter("defaultYears", defaultYears).setParameter("asOf", Timestamp.from(asOf))
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
    }

    public long countDisposalCandidates(Instant asOf, int defaultYears, CandidateFilter filter) {
        return ((Number) filter.bind(getEntityManager().createNativeQuery("SELECT count(*) " + CANDIDATES + filter.sql()))
                .setParameter("defaultYears", defaultYears).setParameter("asOf", Timestamp.from(asOf))
                .getSingleResult()).longValue();
    }

    /** Narrows the candidates to a field, and to dossiers closed from a moment on (null: no limit). */
    public record CandidateFilter(String field, Instant closedFrom) {

        String sql() {
            return (field == null ? "" : " AND d.field = :field") + (closedFrom == null ? "" : " AND d.closed_at >= :closedFrom");
        }

        jakarta.persistence.Query bind(jakarta.persistence.Query query) {
            if (field != null) {
                query.setParameter("field", field);
            }
            if (closedFrom != null) {
                query.setParameter("closedFrom", Timestamp.from(closedFrom));
            }
            return query;
        }
    }

    /** The rule that applies to a dossier, if any (else the default). */
    public java.util.Optional<RetentionRule> ruleFor(String procedureCode, String field) {
        java.util.Optional<RetentionRule> own = procedureCode == null ? java.util.Optional.empty()
                : findByIdOptional(new RetentionRule.Key(RetentionRule.Scope.PROCEDURE, procedureCode));
        return own.isPresent() || field == null ? own
                : findByIdOptional(new RetentionRule.Key(RetentionRule.Scope.FIELD, field));
    }
}
