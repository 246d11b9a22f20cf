package org.motcua.notification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Addressees of dossiers. */
@ApplicationScoped
public class DossierAddresseeRepository implements PanacheRepositoryBase<DossierAddressee, UUID> {

    /** The addressee, created if unknown, locked for this transaction (events of two topics race). */
    public DossierAddressee lockOrCreate(UUID dossierId, String dossierCode, Instant now) {
        getEntityManager().createNativeQuery("""
                INSERT INTO dossier_addressee (dossier_id, dossier_code, updated_at) VALUES (:id, :code, :now)
                ON CONFLICT (dossier_id) DO NOTHING""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("dossier_addressee")
                .setParameter("id", dossierId)
                .setParameter("code", dossierCode)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        return findById(dossierId, LockModeType.PESSIMISTIC_WRITE);
    }
}
