package org.motcua.intake.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Dossiers as submitted, their status history, code sequences and idempotency keys. */
@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, UUID> {

    public void persist(Dossier.Received received) {
        persist(received.dossier());
        getEntityManager().persist(received.firstChange());
    }

    public void record(DossierStatusChange change) {
        getEntityManager().persist(change);
    }

    public Optional<Dossier> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<DossierStatusChange> history(UUID dossierId) {
        return getEntityManager()
                .createQuery("FROM DossierStatusChange c WHERE c.dossierId = :id ORDER BY c.id", DossierStatusChange.class)
                .setParameter("id", dossierId)
                .getResultList();
    }

    /** A submission already made with this caller's key: its body hash and its dossier. */
    public record Remembered(String requestHash, UUID dossierId) {
    }

    public Optional<Remembered> remembered(String caller, String key) {
        List<?> rows = getEntityManager().createNativeQuery(
                "SELECT request_hash, dossier_id FROM idempotency_key WHERE caller = :caller AND key = :key")
                .setParameter("caller", caller).setParameter("key", key).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Remembered((String) row[0], (UUID) row[1]);
        });
    }

    public void remember(String caller, String key, String requestHash, UUID dossierId, Instant now) {
        getEntityManager().createNativeQuery("""
                INSERT INTO idempotency_key (caller, key, request_hash, dossier_id, created_at)
                VALUES (:caller, :key, :hash, :dossier, :now)""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("dossier", dossierId).setParameter("now", Timestamp.from(now))
                .executeUpdate();
    }
}
