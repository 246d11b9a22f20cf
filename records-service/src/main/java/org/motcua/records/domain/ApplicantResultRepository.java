package org.motcua.records.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.motcua.platformkit.time.SqlTimes;

/** The applicants' data store: one item per approved dossier with a result, kept up to date as events arrive. */
@ApplicationScoped
public class ApplicantResultRepository {

    private final EntityManager entityManager;

    ApplicantResultRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A result to keep, with the applicant it belongs to. */
    private record Item(String applicantReference, ApplicantResult result) {

        /** The item of a dossier whose result belongs in the store ({@link ArchivedDossier#hasReusableResult()}). */
        public static Item of(ArchivedDossier d) {
            return new Item(d.applicantReference(), new ApplicantResult(d.id(), d.code(), d.procedureCode(),
                    d.procedureName(), d.field(), d.resultReference(), d.processingUnitCode(), d.decidedAt(),
                    d.resultReturnedAt()));
        }
    }

    /** Adds or refreshes the dossier's item, if its result belongs in the store. */
    public void keep(ArchivedDossier d) {
        keepAll(List.of(d));
    }

    /** Adds or refreshes the items of those dossiers whose result belongs in the store. */
    public void keepAll(Collection<ArchivedDossier> dossiers) {
        keepItems(dossiers.stream().filter(ArchivedDossier::hasReusableResult).map(Item::of).toList());
    }

    /** Adds or refreshes items, in one statement however many (an event's one, a migration chunk's). */
    private void keepItems(List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO applicant_result (dossier_id, applicant_reference, dossier_code, procedure_code,
                                                  procedure_name, field, result_reference, unit_code, decided_at, returned_at)
                    SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                         ?::text[], ?::timestamptz[], ?::timestamptz[])
                    ON CONFLICT (dossier_id) DO UPDATE SET applicant_reference = EXCLUDED.applicant_reference,
                        dossier_code = EXCLUDED.dossier_code, procedure_code = EXCLUDED.procedure_code,
                        procedure_name = EXCLUDED.procedure_name, field = EXCLUDED.field,
                        result_reference = EXCLUDED.result_reference, unit_code = EXCLUDED.unit_code,
                        decided_at = EXCLUDED.decided_at, returned_at = EXCLUDED.returned_at""")) {
                upsert.setArray(1, c.createArrayOf("uuid", items.stream().map(i -> i.result().dossierId()).toArray()));
                upsert.setArray(2, texts(c, items, Item::applicantReference));
                upsert.setArray(3, texts(c, items, i -> i.result().dossierCode()));
                upsert.setArray(4, texts(c, items, i -> i.result().procedureCode()));
                upsert.setArray(5, texts(c, items, i -> i.result().procedureName()));
                upsert.setArray(6, texts(c, items, i -> i.result().field()));
                upsert.setArray(7, texts(c, items, i -> i.result().resultReference()));
                upsert.setArray(8, texts(c, items, i -> i.result().unitCode()));
                upsert.setArray(9, times(c, items, i -> i.result().decidedAt()));
                upsert.setArray(10, times(c, items, i -> i.result().returnedAt()));
                upsert.executeUpdate();
            }
        });
    }

    private static Array texts(Connection c, List<Item> items, Function<Item, String> value) throws SQLException {
        return c.createArrayOf("text", items.stream().map(value).toArray());
    }

    private static Array times(Connection c, List<Item> items, Function<Item, Instant> value) throws SQLException {
        return c.createArrayOf("timestamptz", items.stream().map(value)
                .map(at -> at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).toArray());
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
