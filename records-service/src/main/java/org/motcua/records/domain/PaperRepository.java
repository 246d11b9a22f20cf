package org.motcua.records.domain;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.motcua.platformkit.time.SqlTimes;

/** The papers of archived dossiers. */
@ApplicationScoped
public class PaperRepository {

    private final EntityManager entityManager;

    PaperRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Keeps the dossier's papers as intake announced them, in one statement (once: a second announcement
     * changes nothing).
     */
    public void keep(UUID dossierId, List<Paper> papers) {
        if (papers.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dossier_paper (dossier_id, position, name, source, status, registry, registry_reference,
                                               page_count, at)
                    SELECT ?, p.position, p.name, p.source, p.status, p.registry, p.reference, p.pages, p.at
                    FROM unnest(?::integer[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::integer[],
                                ?::timestamptz[]) AS p(position, name, source, status, registry, reference, pages, at)
                    ON CONFLICT (dossier_id, position) DO NOTHING""")) {
                insert.setObject(1, dossierId);
                insert.setArray(2, connection.createArrayOf("integer", papers.stream().map(Paper::position).toArray()));
                insert.setArray(3, connection.createArrayOf("text", papers.stream().map(Paper::name).toArray()));
                insert.setArray(4, connection.createArrayOf("text", papers.stream().map(Paper::source).toArray()));
                insert.setArray(5, connection.createArrayOf("text", papers.stream().map(Paper::status).toArray()));
                insert.setArray(6, connection.createArrayOf("text", papers.stream().map(Paper::registry).toArray()));
                insert.setArray(7, connection.createArrayOf("text", papers.stream().map(Paper::registryReference).toArray()));
                insert.setArray(8, connection.createArrayOf("integer", papers.stream().map(Paper::pageCount).toArray()));
                insert.setArray(9, connection.createArrayOf("timestamptz", papers.stream()
                        .map(p -> p.at() == null ? null : OffsetDateTime.ofInstant(p.at(), ZoneOffset.UTC)).toArray()));
                insert.executeUpdate();
            }
        });
    }

    @SuppressWarnings("unchecked")
    public List<Paper> of(UUID dossierId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT position, name, source, status, registry, registry_reference, page_count, at
                FROM dossier_paper WHERE dossier_id = :dossier ORDER BY position""")
                .setParameter("dossier", dossierId).getResultList();
        return rows.stream().map(r -> new Paper(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(), SqlTimes.toInstant(r[7])))
                .toList();
    }
}
