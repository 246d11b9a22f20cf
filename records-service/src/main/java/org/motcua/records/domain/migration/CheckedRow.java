package org.motcua.records.domain.migration;

import java.util.List;

/** What the check made of an export row: a dossier to archive, one to hold for review, or a rejected row. */
public sealed interface CheckedRow {

    long number();

    /** To archive at {@code unitCode}. */
    record Accepted(long number, LegacyDossier dossier, String unitCode) implements CheckedRow {
    }

    /** Of a split commune, no rule deciding: held until a person chooses one of {@code candidates}. */
    record Held(long number, LegacyDossier dossier, List<String> candidates) implements CheckedRow {
    }

    /** Refused, with the reason (its code and words) and the row's text with citizen IDs masked. */
    record Rejected(long number, String originalCode, String reasonCode, String reason, String text) implements CheckedRow {
    }
}
