package org.motcua.records.domain;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.motcua.platformkit.data.VietnameseText;

/**
 * Folded text padded with spaces ({@code " giay khai sinh 12 2026 "}): a document's metadata as its search matches it
 * (each word of a query must start a word of it), an address as a migration's unit rules read it.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The searchable text of these values (nulls skipped). */
    public static String of(String... values) {
        String folded = VietnameseText.fold(Stream.of(values).filter(Objects::nonNull).collect(Collectors.joining(" ")));
        return folded.isEmpty() ? "" : " " + folded + " ";
    }
}
