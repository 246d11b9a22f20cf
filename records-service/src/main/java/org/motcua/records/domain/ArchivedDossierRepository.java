package org.motcua.records.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The archive's dossiers. */
@ApplicationScoped
public class ArchivedDossierRepository implements PanacheRepositoryBase<ArchivedDossier, UUID> {

    /**
     * The dossier, created if the archive has not heard of it, and locked for this transaction: events of
     * different topics about one dossier are consumed concurrently and must not overwrite each other.
     */
    public ArchivedDossier lockOrCreate(UUID id, String code, Instant now) {
        getEntityManager().createNativeQuery("""
                INSERT INTO archived_dossier (id, code, status, updated_at) VALUES (:id, :code, :status, :now)
                ON CONFLICT (id) DO NOTHING""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("archived_dossier")
                .setParameter("id", id)
                .setParameter("code", code)
                .setParameter("status", ArchiveStatus.RECEIVED)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One page of the dossiers found, latest submission first. */
    @SuppressWarnings("unchecked")
    public List<ArchivedDossier> search(ArchiveSearch search, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        Query query = getEntityManager().createNativeQuery("SELECT d.* FROM archived_dossier d WHERE " + where
                + " ORDER BY d.submitted_at DESC NULLS LAST, d.id LIMIT :size OFFSET :offset", ArchivedDossier.class)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** How many dossiers are found, counted up to {@code cap} (a count of a million rows costs more than the page). */
    public long count(ArchiveSearch search, long cap) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM archived_dossier d WHERE "
                + where(search, parameters) + " LIMIT :cap) found").setParameter("cap", cap);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(ArchiveSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("TRUE");
        if (!search.patterns().isEmpty()) {
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < search.patterns().size(); i++) {
                words.append(" AND search_text LIKE :w").append(i);
                parameters.put("w" + i, search.patterns().get(i));
            }
            // the dossier's own text, or the metadata of one of its documents; a union keeps both on their indexes
            where.append(" AND d.id IN (SELECT id FROM archived_dossier WHERE TRUE").append(words)
                    .append(" UNION SELECT dossier_id FROM document WHERE dossier_id IS NOT NULL").append(words).append(')');
        }
        if (search.visibleUnits() != null) {
            where.append(" AND (d.receiving_unit_code IN (:visible) OR d.processing_unit_code IN (:visible))");
            parameters.put("visible", search.visibleUnits().isEmpty() ? List.of("") : search.visibleUnits());
        }
        if (search.unitCode() != null) {
            where.append(" AND (d.receiving_unit_code = :unit OR d.processing_unit_code = :unit)");
            parameters.put("unit", search.unitCode());
        }
        if (search.field() != null) {
            where.append(" AND d.field = :field");
            parameters.put("field", search.field());
        }
        if (search.status() != null) {
            where.append(" AND d.status = :status");
            parameters.put("status", search.status());
        }
        if (search.from() != null) {
            where.append(" AND d.submitted_at >= :from");
            parameters.put("from", Timestamp.from(search.from()));
        }
        if (search.until() != null) {
            where.append(" AND d.submitted_at < :until");
            parameters.put("until", Timestamp.from(search.until()));
        }
        return where.toString();
    }
}
