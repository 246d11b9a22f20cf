package org.motcua.notification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Addressees of dossiers. */
@ApplicationScoped
public class DossierAddresseeRepository implements PanacheRepositoryBase<DossierAddressee, UUID> {

    /** The key, in the transaction's resources, of the ids {@link #lockAll} locked. */
    private static final String LOCKED = DossierAddresseeRepository.class.getName() + ".locked";

    private final TransactionSynchronizationRegistry transactions;

    DossierAddresseeRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * Creates the addressees of new dossiers (id → code) and locks every addressee of these dossiers for this
     * transaction, in two statements for a whole poll (in the order of their ids, so two pollers cannot deadlock);
     * returns those that exist.
     */
    public List<DossierAddressee> lockAll(Set<UUID> dossierIds, Map<UUID, String> newDossiers, Instant now) {
        if (!newDossiers.isEmpty()) {
            List<UUID> ids = List.copyOf(newDossiers.keySet());
            getEntityManager().createNativeQuery("""
                    INSERT INTO dossier_addressee (dossier_id, dossier_code, updated_at)
                    SELECT n.id, n.code, :now FROM unnest(CAST(:ids AS uuid[]), CAST(:codes AS varchar[])) AS n (id, code)
                    ON CONFLICT (dossier_id) DO NOTHING""").unwrap(NativeQuery.class)
                    .addSynchronizedQuerySpace("dossier_addressee")
                    .setParameter("now", Timestamp.from(now))
                    .setParameter("ids", ids.toArray(UUID[]::new))
                    .setParameter("codes", ids.stream().map(newDossiers::get).toArray(String[]::new))
                    .executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<DossierAddressee> locked = getEntityManager().createNativeQuery(
                "SELECT * FROM dossier_addressee WHERE dossier_id = ANY(CAST(:ids AS uuid[])) ORDER BY dossier_id FOR UPDATE",
                DossierAddressee.class).unwrap(NativeQuery.class).addSynchronizedQuerySpace("dossier_addressee")
                .setParameter("ids", dossierIds.toArray(UUID[]::new)).getResultList();
        Set<UUID> ids = new HashSet<>();
        locked.forEach(a -> ids.add(a.dossierId()));
        transactions.putResource(LOCKED, ids);
        return locked;
    }

    /**
     * The addressee, created if unknown, locked for this transaction (events of two topics race): one statement,
     * whose upsert takes the row lock and returns the row as a managed entity.
     */
    public DossierAddressee lockOrCreate(UUID dossierId, String dossierCode, Instant now) {
        Object locked = transactions.getResource(LOCKED);
        if (locked instanceof Set<?> ids && ids.contains(dossierId)) {
            return getEntityManager().find(DossierAddressee.class, dossierId); // locked in this transaction: no query
        }
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
