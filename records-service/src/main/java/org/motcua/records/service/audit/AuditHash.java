package org.motcua.records.service.audit;

import java.time.Instant;

import org.motcua.platformkit.data.Digests;

/** The hash of an audit entry: SHA-256 over the previous entry's hash and every field of this one. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001F';

    private AuditHash() {
    }

    @SuppressWarnings("java:S107")
    static String of(String prevHash, long seq, Instant at, String actor, String action, String subjectType,
            String subjectId, String detail) {
        String content = String.join(String.valueOf(SEPARATOR), prevHash, Long.toString(seq), at.toString(), actor, action,
                subjectType, subjectId == null ? "" : subjectId, detail);
        return Digests.sha256Hex(content);
    }
}
