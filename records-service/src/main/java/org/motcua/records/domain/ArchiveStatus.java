package org.motcua.records.domain;

/** Statuses the archive shows for a dossier (strings in the table, so new ones need no migration). */
public final class ArchiveStatus {

    public static final String RECEIVED = "RECEIVED";
    public static final String ASSIGNED = "ASSIGNED";
    public static final String WITHDRAWN = "WITHDRAWN";

    private ArchiveStatus() {
    }
}
