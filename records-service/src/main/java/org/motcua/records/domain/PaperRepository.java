package org.motcua.records.domain;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.motcua.platformkit.time.SqlTimes;

/** The papers of archived dossiers. */
@ApplicationScoped
public class PaperRepository {

    private final EntityManager entityManager;

    PaperRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps the dossier's papers as intake announced them (once: a second announcement changes nothing). */
    public void keep(UUID dossierId, List<Paper> papers) {
        for (Paper p : papers) {
            entityManager.createNativeQuery("""
                    INSERT INTO dossier_paper (dossier_id, position, name, source, status, registry, registry_reference,
                                               page_count, at)
                    VALUES (:dossier, :position, :name, :source, :status, :registry, :reference, :pages, :at)
                    ON CONFLICT (dossier_id, position) DO NOTHING""")
                    .unwrap(NativeQuery.class).addSynchronizedQuerySpace("dossier_paper")
                    .setParameter("dossier", dossierId)
                    .setParameter("position", p.position())
                    .setParameter("name", p.name())
                    .setParameter("source", p.source())
                    .setParameter("status", p.status())
                    .setParameter("registry", p.registry(), String.class)
                    .setParameter("reference", p.registryReference(), String.class)
                    .setParameter("pages", p.pageCount(), Integer.class)
                    .setParameter("at", p.at() == null ? null : Timestamp.from(p.at()), Timestamp.class)
                    .executeUpdate();
        }
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
