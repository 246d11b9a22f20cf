package org.motcua.records.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the archive is searched for: the query's word patterns ({@link SearchText#patterns}), matched
 * against the dossier's text or one of its documents' metadata, and filters; {@code visibleUnits} null for
 * callers who see the whole province.
 */
public record ArchiveSearch(List<String> patterns, List<String> visibleUnits, String unitCode, String field,
        String status, Instant from, Instant until) {

    public ArchiveSearch {
        patterns = List.copyOf(patterns);
        visibleUnits = visibleUnits == null ? null : List.copyOf(visibleUnits);
    }
}
