package org.motcua.platformkit.security;

import java.util.List;

/**
 * A table's columns of personal data encrypted with {@link EncryptedText}, and its key column: what a key rotation
 * encrypts again ({@link PersonalDataRotation}). A service declares one bean of this type per such table.
 */
public record EncryptedColumns(String table, String idColumn, List<String> columns) {
}
