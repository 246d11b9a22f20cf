package org.motcua.records.service.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.motcua.platformkit.time.SqlTimes;

/**
 * Walks the audit log from its first entry (a page at a time) and reports what does not hold: an entry
 * whose hash no longer matches its fields (edited), missing sequence numbers (deleted), an entry that does
 * not follow the one before it (reordered or inserted), a signed checkpoint that does not match its entry
 * or whose signature is not the province's, entries missing after the last one (truncated). An attacker
 * who recomputes the chain after an edit is caught at the next checkpoint, which only the key can sign.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 5000;
    private static final int MAX_PROBLEMS = 20;

    private final EntityManager entityManager;
    private final AuditSigner signer;

    AuditVerifier(EntityManager entityManager, AuditSigner signer) {
        this.entityManager = entityManager;
        this.signer = signer;
    }

    /** One thing that does not hold, at the entry it concerns. */
    public record Problem(long seq, String kind, String detail) {
    }

    /** The outcome: entries and checkpoints checked, and the problems found (the first ones). */
    public record Report(boolean intact, long entries, long checkpoints, long lastSeq, List<Problem> problems) {
    }

    /** Verifies the log as the current transaction sees it. */
    @SuppressWarnings("unchecked")
    public Report verify() {
        // Checkpoints, then the head: every checkpoint read had committed before the head was read, so none may
        // lie beyond it; every entry up to the head had committed too (the head moves in the entry's transaction),
        // and entries appended while the walk goes on are not the walk's concern.
        Map<Long, Object[]> checkpoints = new HashMap<>();
        for (Object[] c : (List<Object[]>) entityManager.createNativeQuery(
                "SELECT seq, hash, signature FROM audit_checkpoint").getResultList()) {
            checkpoints.put(((Number) c[0]).longValue(), c);
        }
        long head = ((Number) entityManager.createNativeQuery("SELECT last_seq FROM audit_head WHERE id = 1")
                .getSingleResult()).longValue();
        int checkpointCount = checkpoints.size();
        List<Problem> problems = new ArrayList<>();
        long expected = 1;
        long entries = 0;
        String prevHash = AuditHash.GENESIS;
        boolean afterGap = false;
        while (true) {
            List<Object[]> page = entityManager.createNativeQuery("""
                    SELECT seq, at, actor, action, subject_type, subject_id, detail, prev_hash, hash FROM audit_entry
                    WHERE seq >= :from AND seq <= :last ORDER BY seq LIMIT :page""")
                    .setParameter("from", expected).setParameter("last", Math.max(head, maxKey(checkpoints)))
                    .setParameter("page", PAGE).getResultList();
            for (Object[] row : page) {
                long seq = ((Number) row[0]).longValue();
                entries++;
                if (seq > expected) {
                    add(problems, new Problem(expected, "DELETED", seq == expected + 1 ? "mục " + expected + " đã bị xóa"
                            : "các mục " + expected + "–" + (seq - 1) + " đã bị xóa"));
                    afterGap = true;
                }
                String storedPrev = (String) row[7];
                String stored = (String) row[8];
                Instant at = SqlTimes.toInstant(row[1]);
                String recomputed = AuditHash.of(storedPrev, seq, at, (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], (String) row[6]);
                boolean linked = afterGap || storedPrev.equals(prevHash);
                if (!recomputed.equals(stored) && !linked) {
                    add(problems, new Problem(seq, "REORDERED", "mục " + seq + " không ở đúng vị trí trong chuỗi"));
                } else if (!recomputed.equals(stored)) {
                    add(problems, new Problem(seq, "EDITED", "nội dung mục " + seq + " không còn khớp với mã băm của nó"));
                } else if (!linked) {
                    add(problems, new Problem(seq, "REORDERED", "mục " + seq + " không nối tiếp mục " + (seq - 1)));
                }
                Object[] checkpoint = checkpoints.remove(seq);
                if (checkpoint != null) {
                    if (!signer.verify(seq, (String) checkpoint[1], (String) checkpoint[2])) {
                        add(problems, new Problem(seq, "CHECKPOINT_FORGED", "chữ ký của điểm kiểm tra tại mục " + seq
                                + " không hợp lệ"));
                    } else if (!checkpoint[1].equals(stored)) {
                        add(problems, new Problem(seq, "EDITED", "mục " + seq
                                + " khác với điểm kiểm tra đã ký (chuỗi đã bị tính lại)"));
                    }
                }
                prevHash = stored;
                expected = seq + 1;
                afterGap = false;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long lastSeq = expected - 1;
        long sealed = maxKey(checkpoints); // checkpoints whose entries were never reached
        long shouldReach = Math.max(head, sealed);
        if (shouldReach > lastSeq) {
            add(problems, new Problem(lastSeq + 1, "TRUNCATED", "nhật ký dừng ở mục " + lastSeq + " nhưng đã ghi đến mục "
                    + shouldReach));
        }
        return new Report(problems.isEmpty(), entries, checkpointCount - checkpoints.size(), lastSeq, problems);
    }

    private static long maxKey(Map<Long, Object[]> checkpoints) {
        return checkpoints.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static void add(List<Problem> problems, Problem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }
}
