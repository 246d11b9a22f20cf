package org.motcua.notification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Addressees of dossiers. */
@ApplicationScoped
public class DossierAddresseeRepository implements PanacheRepositoryBase<DossierAddressee, UUID> {

    /**
     * The addressee, created if unknown, locked for this transaction (events of two topics race): one statement,
     * whose upsert takes the row lock and returns the row as a managed entity.
     */
    public DossierAddressee lockOrCreate(UUID dossierId, String dossierCode, Instant now) {
        return (DossierAddressee) getEntityManager().createNativeQuery("""
                INSERT INTO dossier_addressee (dossier_id, dossier_code, updated_at) VALUES (:id, :code, :now)
                ON CONFLICT (dossier_id) DO UPDATE SET dossier_code = dossier_addressee.dossier_code
                RETURNING *""", DossierAddressee.class)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("dossier_addressee")
                .setParameter("id", dossierId)
                .setParameter("code", dossierCode)
                .setParameter("now", Timestamp.from(now))
                .getSingleResult();
    }
}
