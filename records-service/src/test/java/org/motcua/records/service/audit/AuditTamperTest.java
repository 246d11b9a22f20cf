package org.motcua.records.service.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.platformkit.time.SqlTimes;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit log is tampered with directly in the database, each way an intruder could, and verification
 * points at the entry. Each tampering but one happens in a transaction that verifies and is then rolled
 * back (the log stays whole for the other tests); the last one goes through the API and is repaired.
 * Checkpoints are signed every 5 entries in tests.
 */
@QuarkusTest
class AuditTamperTest {

    @Inject
    EntityManager entityManager;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditLog log;

    @BeforeEach
    void aLogOfAFewDozenEntries() {
        while (head() < 24) {
            QuarkusTransaction.requiringNew().run(() -> log.append("test", AuditLog.Action.DOSSIER_READ, "dossier",
                    "0b9f2c4e-3d1a-4f57-9a1e-2c6d8e4b7a10", "đọc hồ sơ"));
        }
    }

    @Test
    void anUntouchedLogIsIntact() {
        AuditVerifier.Report report = QuarkusTransaction.requiringNew().call(verifier::verify);
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isGreaterThanOrEqualTo(24);
        assertThat(report.checkpoints()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anEditedEntryIsFound() {
        assertThat(tampered(sql("UPDATE audit_entry SET detail = detail || ' (đã sửa)' WHERE seq = 3")))
                .first().isEqualTo(new AuditVerifier.Problem(3, "EDITED", "nội dung mục 3 không còn khớp với mã băm của nó"));
    }

    @Test
    void aDeletedEntryIsFound() {
        assertThat(tampered(sql("DELETE FROM audit_entry WHERE seq = 4"))).first()
                .extracting(AuditVerifier.Problem::seq, AuditVerifier.Problem::kind).containsExactly(4L, "DELETED");
    }

    @Test
    void swappedEntriesAreFound() {
        assertThat(tampered(sql("UPDATE audit_entry SET seq = -7 WHERE seq = 7").andThen(
                sql("UPDATE audit_entry SET seq = 7 WHERE seq = 8")).andThen(sql("UPDATE audit_entry SET seq = 8 WHERE seq = -7"))))
                .first().extracting(AuditVerifier.Problem::seq, AuditVerifier.Problem::kind).containsExactly(7L, "REORDERED");
    }

    @Test
    void aTruncatedLogIsFoundEvenWhenItsHeadIsMovedBack() {
        assertThat(tampered(sql("DELETE FROM audit_entry WHERE seq > 12").andThen(
                sql("UPDATE audit_head SET last_seq = 12, last_hash = (SELECT hash FROM audit_entry WHERE seq = 12)"))))
                .extracting(AuditVerifier.Problem::kind).contains("TRUNCATED");
    }

    @Test
    void entriesAfterTheLastCountedCheckpointAreSealedAndTheirTruncationFound() {
        QuarkusTransaction.requiringNew().run(() -> log.append("test", AuditLog.Action.DOSSIER_READ, "dossier",
                "0b9f2c4e-3d1a-4f57-9a1e-2c6d8e4b7a10", "đọc hồ sơ"));
        long last = head();
        if (last % 5 == 0) { // the count-based checkpoint fell on it: one more entry to seal
            QuarkusTransaction.requiringNew().run(() -> log.append("test", AuditLog.Action.DOSSIER_READ, "dossier",
                    "0b9f2c4e-3d1a-4f57-9a1e-2c6d8e4b7a10", "đọc hồ sơ"));
            last = head();
        }
        long sealed = log.seal();
        assertThat(sealed).isEqualTo(last);
        assertThat(log.seal()).isZero(); // nothing new since
        long cut = last - 1;
        assertThat(tampered(sql("DELETE FROM audit_entry WHERE seq > " + cut).andThen(sql(
                "UPDATE audit_head SET last_seq = " + cut + ", last_hash = (SELECT hash FROM audit_entry WHERE seq = " + cut + ")"))))
                .extracting(AuditVerifier.Problem::kind).contains("TRUNCATED");
    }

    @Test
    void aChainRecomputedAfterAnEditIsCaughtAtTheNextSignedCheckpoint() {
        List<AuditVerifier.Problem> problems = tampered(em -> {
            em.createNativeQuery("UPDATE audit_entry SET actor = 'ke-gian' WHERE seq = 2").executeUpdate();
            String prev = (String) em.createNativeQuery("SELECT hash FROM audit_entry WHERE seq = 1").getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT seq, at, actor, action, subject_type, subject_id, detail FROM audit_entry WHERE seq >= 2 ORDER BY seq""")
                    .getResultList();
            for (Object[] r : rows) {
                long seq = ((Number) r[0]).longValue();
                String hash = AuditHash.of(prev, seq, SqlTimes.toInstant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6]);
                em.createNativeQuery("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE seq = :s")
                        .setParameter("p", prev).setParameter("h", hash).setParameter("s", seq).executeUpdate();
                prev = hash;
            }
        });
        assertThat(problems).first().isEqualTo(new AuditVerifier.Problem(5, "EDITED",
                "mục 5 khác với điểm kiểm tra đã ký (chuỗi đã bị tính lại)"));
    }

    @Test
    void aForgedCheckpointIsFound() {
        assertThat(tampered(sql("UPDATE audit_checkpoint SET signature = 'AAAA' WHERE seq = 10"))).first()
                .extracting(AuditVerifier.Problem::seq, AuditVerifier.Problem::kind).containsExactly(10L, "CHECKPOINT_FORGED");
    }

    @Test
    void anAuditorSeesThroughTheApiWhichEntryWasBrokenInTheDatabase() {
        String original = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT actor FROM audit_entry WHERE seq = 1").getSingleResult());
        setActorOfFirstEntry("ke-gian");
        try {
            given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/audit/verify")
                    .then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("problems[0].seq", equalTo(1))
                    .body("problems[0].kind", equalTo("EDITED"));
        } finally {
            setActorOfFirstEntry(original);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("auditor", null))
                .when().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true)));
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/audit/verify").then().statusCode(403);
    }

    private void setActorOfFirstEntry(String actor) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE audit_entry SET actor = :a WHERE seq = 1").setParameter("a", actor).executeUpdate());
    }

    /** What verification finds after the tampering, in a transaction that is then rolled back. */
    private List<AuditVerifier.Problem> tampered(Consumer<EntityManager> tampering) {
        AuditVerifier.Report report;
        QuarkusTransaction.begin();
        try {
            tampering.accept(entityManager);
            report = verifier.verify();
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(report.intact()).isFalse();
        return report.problems();
    }

    private static Consumer<EntityManager> sql(String statement) {
        return em -> em.createNativeQuery(statement).executeUpdate();
    }

    private long head() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT last_seq FROM audit_head WHERE id = 1").getSingleResult()).longValue());
    }
}
