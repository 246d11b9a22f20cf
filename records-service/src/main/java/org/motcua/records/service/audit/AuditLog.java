package org.motcua.records.service.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.motcua.platformkit.transaction.TransactionMemo;
import org.motcua.records.config.AuditConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Appends to the tamper-evident audit log: each entry's hash covers the previous entry's hash and all of
 * its own fields, and every {@code motcua.audit.checkpoint-every} entries a checkpoint signs the last hash.
 * An entry is written in the transaction of the change it records (so it exists if and only if the change
 * committed); the head row is locked meanwhile, so entries are chained one at a time.
 */
@ApplicationScoped
public class AuditLog {

    /** What an entry records. */
    public enum Action {
        /** An event of a dossier's life was recorded in the archive. */
        DOSSIER_EVENT_RECORDED,
        /** A document was uploaded and kept. */
        DOCUMENT_STORED,
        /** Someone read a dossier's record or timeline (personal data). */
        DOSSIER_READ,
        /** Someone read a document's metadata or content (personal data). */
        DOCUMENT_READ,
        /** Someone read a dossier's personal data through intake (the dossier, its papers) or notification (messages). */
        PERSONAL_DATA_READ,
        /** Someone searched the archive (the query may name people). */
        ARCHIVE_SEARCHED,
        /** Someone read an applicant's results in the data store. */
        APPLICANT_RESULTS_READ,
        /** The province admin exported all the archive holds about one person (the subject's access right). */
        SUBJECT_EXPORTED,
        /** A retention rule was set or removed. */
        RETENTION_RULE_CHANGED,
        /** A dossier was put under legal hold, or its hold lifted. */
        LEGAL_HOLD_CHANGED,
        /** A dossier was exported as an archival package. */
        PACKAGE_EXPORTED,
        /** An import of a pre-merger system's export was started or resumed. */
        MIGRATION_STARTED,
        /** A part of an export was imported (the rows and what became of them). */
        MIGRATION_ROWS_IMPORTED,
        /** An import ended (completed or failed). */
        MIGRATION_ENDED,
        /** A rule placing a split commune's dossiers was set. */
        MIGRATION_RULE_CHANGED,
        /** Someone read an import's rejected or held rows (they name people). */
        MIGRATION_ROWS_READ,
        /** Someone chose the new unit of a dossier held for review. */
        MIGRATION_REVIEW_DECIDED,
        /** The operations team read a service's waiting dead letters (their origin and reason, not their data). */
        DEAD_LETTERS_LISTED,
        /** The operations team replayed a service's dead letters. */
        DEAD_LETTERS_REPLAYED,
        /** The operations team had a service publish a dossier's events again from its outbox. */
        EVENTS_REPUBLISHED
    }

    private final EntityManager entityManager;
    private final AuditSigner signer;
    private final Clock clock;
    private final int checkpointEvery;
    private final TransactionMemo memo;

    AuditLog(EntityManager entityManager, AuditSigner signer, Clock clock, AuditConfig config, TransactionMemo memo) {
        this.entityManager = entityManager;
        this.memo = memo;
        this.signer = signer;
        this.clock = clock;
        this.checkpointEvery = config.checkpointEvery();
    }

    /** A statement on the audit tables, which no entity maps: no pass over the transaction's entities first. */
    private NativeQuery<?> statement(String sql) {
        return entityManager.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT).unwrap(NativeQuery.class);
    }

    /**
     * The chain's head as this transaction holds it: read and locked by its first entry, then kept in step by the
     * entries it appends (a poll of a hundred events reads it once).
     */
    private static final class Head {
        private long seq;
        private String hash;
    }

    /** The memo's key for the head. */
    private record HeadKey() {
    }

    private Head lockedHead() {
        Object[] row = (Object[]) statement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        Head head = new Head();
        head.seq = ((Number) row[0]).longValue();
        head.hash = (String) row[1];
        return head;
    }

    /** Appends an entry in the current transaction: one statement writes the entry and moves the head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, Action action, String subjectType, String subjectId, String detail) {
        Head head = memo.get(new HeadKey(), this::lockedHead);
        long seq = head.seq + 1;
        String prevHash = head.hash;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        String hash = AuditHash.of(prevHash, seq, at, actor, action.name(), subjectType, subjectId, detail);
        statement("""
                WITH entry AS (
                    INSERT INTO audit_entry (seq, at, actor, action, subject_type, subject_id, detail, prev_hash, hash)
                    VALUES (:seq, :at, :actor, :action, :subjectType, :subjectId, :detail, :prevHash, :hash))
                UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1""")
                .setParameter("seq", seq)
                .setParameter("at", Timestamp.from(at))
                .setParameter("actor", actor)
                .setParameter("action", action.name())
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", subjectId, String.class)
                .setParameter("detail", detail)
                .setParameter("prevHash", prevHash)
                .setParameter("hash", hash)
                .executeUpdate();
        head.seq = seq;
        head.hash = hash;
        if (seq % checkpointEvery == 0) {
            statement(
                    "INSERT INTO audit_checkpoint (seq, hash, signed_at, signature) VALUES (:seq, :hash, :at, :signature)")
                    .setParameter("seq", seq)
                    .setParameter("hash", hash)
                    .setParameter("at", Timestamp.from(at))
                    .setParameter("signature", signer.sign(seq, hash))
                    .executeUpdate();
        }
    }

    /**
     * Signs a checkpoint at the last entry, unless one is there already: run every few minutes, so that entries
     * written since the last count-based checkpoint cannot be cut off the end of the log unnoticed for longer.
     * Returns the sequence number sealed, or 0 when there was nothing new.
     */
    @Transactional
    public long seal() {
        Object[] head = (Object[]) statement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE").getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String hash = (String) head[1];
        int inserted = seq == 0 ? 0 : statement("""
                INSERT INTO audit_checkpoint (seq, hash, signed_at, signature) VALUES (:seq, :hash, :at, :signature)
                ON CONFLICT (seq) DO NOTHING""")
                .setParameter("seq", seq)
                .setParameter("hash", hash)
                .setParameter("at", Timestamp.from(clock.instant()))
                .setParameter("signature", signer.sign(seq, hash))
                .executeUpdate();
        return inserted == 1 ? seq : 0;
    }

    /** Appends reads of several subjects (each its entry) in one short transaction. */
    public void readAll(String actor, Action action, String subjectType, List<String> subjectIds, String detail) {
        QuarkusTransaction.requiringNew().run(
                () -> subjectIds.forEach(id -> append(actor, action, subjectType, id, detail)));
    }

    /** Appends a read of personal data in its own short transaction (reads change nothing else). */
    public void read(String actor, Action action, String subjectType, String subjectId, String detail) {
        QuarkusTransaction.requiringNew().run(() -> append(actor, action, subjectType, subjectId, detail));
    }
}
