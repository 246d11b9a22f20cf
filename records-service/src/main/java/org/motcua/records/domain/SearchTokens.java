package org.motcua.records.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.security.KeyedHash;

/**
 * What the archive's search matches of a dossier: every start of every folded word ("d", "da", "dan", "dang") of its
 * code, procedure, field and units, and of its applicant's name only as a keyed hash ({@code #} and 16 hex digits of
 * platform-kit's {@link KeyedHash}), so that the database holds no word of a name (only how often a start recurs, as
 * any index of names does). A query word then matches a dossier whose text or name has a word it starts: one GIN
 * index answers every word of a query in one scan.
 */
@ApplicationScoped
public class SearchTokens {

    static final int NAME_TOKEN_LENGTH = 16;

    private final KeyedHash keyedHash;

    SearchTokens(KeyedHash keyedHash) {
        this.keyedHash = keyedHash;
    }

    /** The tokens of a dossier: its texts' word starts in clear, its applicant's name's as keyed hashes. */
    public String[] of(Collection<String> texts, String personName) {
        Set<String> tokens = new LinkedHashSet<>();
        texts.stream().filter(Objects::nonNull).forEach(text -> starts(text).forEach(tokens::add));
        starts(personName).forEach(start -> tokens.add(nameToken(start)));
        return tokens.toArray(String[]::new);
    }

    /** The words of a query, each with the two tokens it matches: itself, and itself as the start of a name's word. */
    public List<ArchiveSearch.Word> words(String query) {
        return VietnameseText.words(query).stream().map(word -> new ArchiveSearch.Word(word, nameToken(word))).toList();
    }

    private static List<String> starts(String text) {
        List<String> starts = new ArrayList<>();
        for (String word : VietnameseText.words(text)) {
            for (int end = 1; end <= word.length(); end++) {
                starts.add(word.substring(0, end)); // folded words are ASCII: one char, one letter
            }
        }
        return starts;
    }

    private String nameToken(String foldedStart) {
        return "#" + keyedHash.hex("name:" + foldedStart).substring(0, NAME_TOKEN_LENGTH);
    }
}
