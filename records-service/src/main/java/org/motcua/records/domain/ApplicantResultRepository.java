package org.motcua.records.domain;

import java.sql.Timestamp;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.motcua.platformkit.time.SqlTimes;

/** The applicants' data store: one item per approved dossier with a result, kept up to date as events arrive. */
@ApplicationScoped
public class ApplicantResultRepository {

    private final EntityManager entityManager;

    ApplicantResultRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds or refreshes the dossier's item, if its result belongs in the store. */
    public void keep(ArchivedDossier d) {
        if (!d.hasReusableResult()) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO applicant_result (dossier_id, applicant_reference, dossier_code, procedure_code, procedure_name,
                                              field, result_reference, unit_code, decided_at, returned_at)
                VALUES (:dossier, :applicant, :code, :procedure, :procedureName, :field, :result, :unit, :decided, :returned)
                ON CONFLICT (dossier_id) DO UPDATE SET applicant_reference = EXCLUDED.applicant_reference,
                    dossier_code = EXCLUDED.dossier_code, procedure_code = EXCLUDED.procedure_code,
                    procedure_name = EXCLUDED.procedure_name, field = EXCLUDED.field,
                    result_reference = EXCLUDED.result_reference, unit_code = EXCLUDED.unit_code,
                    decided_at = EXCLUDED.decided_at, returned_at = EXCLUDED.returned_at""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("applicant_result")
                .setParameter("dossier", d.id())
                .setParameter("applicant", d.applicantReference())
                .setParameter("code", d.code())
                .setParameter("procedure", d.procedureCode(), String.class)
                .setParameter("procedureName", d.procedureName(), String.class)
                .setParameter("field", d.field(), String.class)
                .setParameter("result", d.resultReference())
                .setParameter("unit", d.processingUnitCode(), String.class)
                .setParameter("decided", d.decidedAt() == null ? null : Timestamp.from(d.decidedAt()), Timestamp.class)
                .setParameter("returned", d.resultReturnedAt() == null ? null : Timestamp.from(d.resultReturnedAt()),
                        Timestamp.class)
                .executeUpdate();
    }

    /** One page of the applicant's results, the latest decision first. */
    @SuppressWarnings("unchecked")
    public List<ApplicantResult> of(String applicantReference, int page, int size) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT dossier_id, dossier_code, procedure_code, procedure_name, field, result_reference, unit_code,
                       decided_at, returned_at
                FROM applicant_result WHERE applicant_reference = :applicant
                ORDER BY decided_at DESC NULLS LAST, dossier_id LIMIT :size OFFSET :offset""")
                .setParameter("applicant", applicantReference).setParameter("size", size)
                .setParameter("offset", (long) page * size).getResultList();
        return rows.stream().map(r -> new ApplicantResult((java.util.UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], SqlTimes.toInstant(r[7]), SqlTimes.toInstant(r[8]))).toList();
    }

    public long count(String applicantReference) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM applicant_result WHERE applicant_reference = :a")
                .setParameter("a", applicantReference).getSingleResult()).longValue();
    }
}
