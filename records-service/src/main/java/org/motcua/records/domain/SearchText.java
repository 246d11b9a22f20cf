package org.motcua.records.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.motcua.platformkit.data.VietnameseText;

/**
 * The folded text the archive's search matches ({@code " nguyen van a xa dak ha "}), and the patterns of a
 * query: each word of the query must start a word of the text.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The searchable text of these values (nulls skipped). */
    public static String of(String... values) {
        String folded = VietnameseText.fold(Stream.of(values).filter(Objects::nonNull).collect(Collectors.joining(" ")));
        return folded.isEmpty() ? "" : " " + folded + " ";
    }

    /** One LIKE pattern per word of the query; none for a query without words. */
    public static List<String> patterns(String query) {
        return VietnameseText.words(query).stream().map(word -> "% " + word + "%").toList();
    }
}
