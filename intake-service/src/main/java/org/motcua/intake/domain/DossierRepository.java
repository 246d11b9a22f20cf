package org.motcua.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Dossiers as submitted, their status history and their code sequences. */
@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, UUID> {

    /**
     * The next number of an agency's daily sequence. The upsert takes a row lock, so concurrent
     * submissions get distinct numbers, and a number is never handed out twice.
     */
    public int nextSequence(String agencyCode, LocalDate day) {
        Number value = (Number) getEntityManager().createNativeQuery("""
                INSERT INTO dossier_code_sequence (agency_code, day, last_value) VALUES (:agency, :day, 1)
                ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier_code_sequence.last_value + 1
                RETURNING last_value""")
                .setParameter("agency", agencyCode)
                .setParameter("day", day)
                .getSingleResult();
        return value.intValue();
    }

    public void persist(Dossier.Received received) {
        persist(received.dossier());
        getEntityManager().persist(received.firstChange());
    }

    public List<DossierStatusChange> history(UUID dossierId) {
        return getEntityManager()
                .createQuery("FROM DossierStatusChange c WHERE c.dossierId = :id ORDER BY c.id", DossierStatusChange.class)
                .setParameter("id", dossierId)
                .getResultList();
    }

    public io.quarkus.hibernate.orm.panache.PanacheQuery<Dossier> receivedAt(String unitCode) {
        return find("receivingUnitCode", Sort.descending("submittedAt"), unitCode);
    }
}
