package org.motcua.records.domain;

/** Statuses the archive shows for a dossier (strings in the table, so new ones need no migration). */
public final class ArchiveStatus {

    public static final String RECEIVED = "RECEIVED";
    public static final String ASSIGNED = "ASSIGNED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String SUPPLEMENTATION_REQUESTED = "SUPPLEMENTATION_REQUESTED";
    public static final String RESOLVED = "RESOLVED";
    public static final String REFUSED = "REFUSED";
    public static final String RESULT_RETURNED = "RESULT_RETURNED";

    /** Every status, for checking a filter. */
    public static final java.util.Set<String> ALL = java.util.Set.of(RECEIVED, ASSIGNED, WITHDRAWN,
            SUPPLEMENTATION_REQUESTED, RESOLVED, REFUSED, RESULT_RETURNED);

    /** The statuses that end a dossier's life: its retention counts from the first of them. */
    public static final java.util.Set<String> CLOSING = java.util.Set.of(WITHDRAWN, REFUSED, RESULT_RETURNED);

    private ArchiveStatus() {
    }
}
