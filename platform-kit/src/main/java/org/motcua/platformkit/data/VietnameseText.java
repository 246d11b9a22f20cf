package org.motcua.platformkit.data;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive Vietnamese text: "Thủ tục đăng ký khai sinh" and "thu tuc dang ky khai sinh" fold to
 * the same key, so people can search without typing diacritics (and "đ" matches "d").
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /** Lower case, without diacritics, "đ" as "d", punctuation as single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded words of a query, for matching every word. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
