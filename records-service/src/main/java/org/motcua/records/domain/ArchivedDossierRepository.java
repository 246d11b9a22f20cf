package org.motcua.records.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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
}
