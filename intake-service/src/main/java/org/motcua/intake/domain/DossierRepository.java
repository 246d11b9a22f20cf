package org.motcua.intake.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Loads these dossiers into the persistence context in one statement (the ids it does not hold are skipped). */
    public void readAhead(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            list("id in ?1", ids);
        }
    }

    public void record(DossierStatusChange change) {
        getEntityManager().persist(change);
    }

    public Optional<Dossier> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<DossierStatusChange> history(UUID dossierId) {
        return histories(List.of(dossierId)).getOrDefault(dossierId, List.of());
    }

    /** A person's dossiers (by the keyed hash of their citizen ID), the newest first, with their documents. */
    public List<Dossier> ofApplicant(String applicantReference, int limit) {
        List<UUID> ids = getEntityManager().createQuery("SELECT d.id FROM Dossier d WHERE d.applicant.citizenIdHash = :ref"
                + " ORDER BY d.submittedAt DESC, d.id", UUID.class).setParameter("ref", applicantReference)
                .setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Dossier> byId = new HashMap<>();
        getEntityManager().createQuery("SELECT DISTINCT d FROM Dossier d LEFT JOIN FETCH d.documents WHERE d.id IN :ids",
                Dossier.class).setParameter("ids", ids).getResultList().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).toList();
    }

    /** The status histories of these dossiers, each in order, in one query. */
    public Map<UUID, List<DossierStatusChange>> histories(Collection<UUID> dossierIds) {
        Map<UUID, List<DossierStatusChange>> histories = new HashMap<>();
        if (!dossierIds.isEmpty()) {
            getEntityManager().createQuery("FROM DossierStatusChange c WHERE c.dossierId IN :ids ORDER BY c.id",
                    DossierStatusChange.class).setParameter("ids", dossierIds).getResultList()
                    .forEach(c -> histories.computeIfAbsent(c.dossierId(), id -> new ArrayList<>()).add(c));
        }
        return histories;
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

    /** Open dossiers whose appointment is provisional (a year's official calendar was missing when it was counted). */
    public List<Dossier> openWithProvisionalDeadline() {
        return list("deadlineProvisional = true and status in ?1",
                List.of(DossierStatus.RECEIVED, DossierStatus.SUPPLEMENTATION_REQUESTED));
    }

    /**
     * Notes that the admins were asked for the year's notice.
     *
     * @return true the first time for the year (the caller asks), false after
     */
    public boolean requestCalendarNotice(int year, String firstDossierCode, Instant now) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO calendar_notice_request (year, first_dossier_code, requested_at) VALUES (:year, :code, :now)
                ON CONFLICT (year) DO NOTHING""")
                .setParameter("year", year).setParameter("code", firstDossierCode).setParameter("now", Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
