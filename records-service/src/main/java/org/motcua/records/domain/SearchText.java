package org.motcua.records.domain;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.motcua.platformkit.data.VietnameseText;

/**
 * The folded text the archive's search matches ({@code " 21025-261125-0007 dang ky khai sinh xa dak ha "}): each word
 * of a query must start a word of the text ({@link NameTokens#words}). A person's name is not in it ({@link NameTokens}).
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
