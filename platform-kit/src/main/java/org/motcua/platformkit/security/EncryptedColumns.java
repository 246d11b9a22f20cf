package org.motcua.platformkit.security;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table's columns of personal data encrypted with {@link PersonalDataCipher}, its key column, and the lookup
 * columns derived from them (a keyed hash, so that equal values can be found without being stored in clear): what a
 * key rotation encrypts again and fills in ({@link PersonalDataRotation}). A service declares one bean of this type
 * per such table.
 */
public record EncryptedColumns(String table, String idColumn, List<String> columns, List<Lookup> lookups) {

    /** The {@code idColumn} of a table whose key has several columns: its rows are named by their address. */
    public static final String ROW_ADDRESS = "ctid";

    /** A column that holds {@code derive} of another column's clear value (null while that column is null). */
    public record Lookup(String column, String source, UnaryOperator<String> derive) {
    }

    public EncryptedColumns(String table, String idColumn, List<String> columns) {
        this(table, idColumn, columns, List.of());
    }

    public EncryptedColumns {
        columns = List.copyOf(columns);
        lookups = List.copyOf(lookups);
        for (Lookup lookup : lookups) {
            if (!columns.contains(lookup.source())) {
                throw new IllegalArgumentException(lookup.column() + " is derived from " + lookup.source()
                        + ", which is not one of " + table + "'s encrypted columns");
            }
        }
    }
}
