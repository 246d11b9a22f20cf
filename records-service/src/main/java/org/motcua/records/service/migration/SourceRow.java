package org.motcua.records.service.migration;

import java.util.Map;

/**
 * One row of an export as read: its number (1 = the first data row), its fields, its text (for the rejection
 * list) and, when it could not even be read as a row, what is wrong with it.
 */
public record SourceRow(long number, Map<String, String> fields, String text, String defect) {

    /** The field's value, trimmed; null when absent or blank. */
    public String value(String field) {
        String value = fields.get(field);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
