package org.motcua.records.domain.migration;

/** How an export file is written (docs/migration-format.md): the same fields either way. */
public enum ExportFormat {

    /** RFC 4180 CSV, UTF-8, a header row naming the fields. */
    CSV,
    /** JSON Lines: one JSON object per line, UTF-8. */
    JSON;

    /** The format of this name (csv, json), or null. */
    public static ExportFormat of(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }
}
