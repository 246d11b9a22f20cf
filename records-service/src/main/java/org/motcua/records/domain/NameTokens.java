package org.motcua.records.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.security.KeyedHash;

/**
 * The applicant's name in the archive's search, without the name: every start of every folded word of it ("n", "ng",
 * … "nguyen") as a keyed hash (platform-kit's {@link KeyedHash}, cut to {@value #LENGTH} hex digits). A query word
 * then finds the names one of whose words it starts, as the rest of the search does, while the database holds no
 * word of a name (only how often a start recurs, as any index of names does).
 */
@ApplicationScoped
public class NameTokens {

    static final int LENGTH = 16;

    private final KeyedHash keyedHash;

    NameTokens(KeyedHash keyedHash) {
        this.keyedHash = keyedHash;
    }

    /** The tokens of a name (none for none). */
    public String[] of(String fullName) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : VietnameseText.words(fullName)) {
            for (int end = 1; end <= word.length(); end++) {
                tokens.add(token(word.substring(0, end)));
            }
        }
        return tokens.toArray(String[]::new);
    }

    /** The words of a query: each matched as the start of a word of the text, or as the token of a start of a name's. */
    public List<ArchiveSearch.Word> words(String query) {
        return VietnameseText.words(query).stream()
                .map(word -> new ArchiveSearch.Word("% " + word + "%", token(word))).toList();
    }

    private String token(String foldedStart) {
        return keyedHash.hex("name:" + foldedStart).substring(0, LENGTH);
    }
}
