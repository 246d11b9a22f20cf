package org.motcua.records.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the archive is searched for: the query's words ({@link SearchTokens#words}), each matched against the
 * dossier's tokens (its text, its applicant's name) or one of its documents' metadata, and filters;
 * {@code visibleUnits} null for callers who see the whole province.
 */
public record ArchiveSearch(List<Word> words, List<String> visibleUnits, String unitCode, String field,
        String status, Instant from, Instant until) {

    /** A word of the query (folded), and its token among a name's. */
    public record Word(String word, String nameToken) {
    }

    public ArchiveSearch {
        words = List.copyOf(words);
        visibleUnits = visibleUnits == null ? null : List.copyOf(visibleUnits);
    }
}
