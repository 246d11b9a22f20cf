package org.motcua.records.domain;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long a closed dossier is kept: permanently, or {@code years} after its closure, by the rule named in
 * {@code basis} (its procedure's, its field's, or the default).
 */
public record Retention(boolean permanent, Integer years, Instant retainUntil, String basis) {

    public static Retention of(Instant closedAt, Integer years, String basis) {
        if (years == null) {
            return new Retention(true, null, null, basis);
        }
        Instant until = closedAt == null ? null : closedAt.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
        return new Retention(false, years, until, basis);
    }
}
