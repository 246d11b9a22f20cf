package org.motcua.intake.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The research notes the reference data carries inside its texts — "(… per luatlongphan.vn)", "(third-party: …
 * chưa xác minh)", "(not found in this session)" — taken out of what clerks and citizens read (names, papers, fees,
 * legal times) and kept as the catalog entry's provenance. Inside a bracket, only the parts that are notes go
 * ("(kéo dài nếu cần xác minh - chưa xác minh số ngày)" keeps "(kéo dài nếu cần xác minh)").
 */
final class SeedNotes {

    private static final Pattern BRACKET = Pattern.compile("\\s*[(\\[]([^()\\[\\]]*)[)\\]]");
    private static final Pattern PART = Pattern.compile("\\s+-\\s+|,\\s+|;\\s+");
    private static final Pattern NOTE = Pattern.compile(
            "(?i)(\\bper\\s|third-party|not found|chưa xác minh|\\bbackground\\b|\\bsecondary\\b|\\bsession\\b"
                    + "|\\binference\\b|\\bverify\\b|not confirmed)");

    private SeedNotes() {
    }

    /** A text without its notes, and the notes. */
    record Cleaned(String text, List<String> notes) {
    }

    static Cleaned clean(String text) {
        if (text == null) {
            return new Cleaned(null, List.of());
        }
        List<String> notes = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            String inside = m.group(1);
            if (!NOTE.matcher(inside).find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            List<String> kept = new ArrayList<>();
            Matcher separators = PART.matcher(inside);
            int from = 0;
            List<String> parts = new ArrayList<>();
            while (separators.find()) {
                parts.add(inside.substring(from, separators.start()));
                from = separators.end();
            }
            parts.add(inside.substring(from));
            for (String part : parts) {
                (NOTE.matcher(part).find() ? notes : kept).add(part.trim());
            }
            String opening = m.group().trim().substring(0, 1);
            m.appendReplacement(out, Matcher.quoteReplacement(kept.isEmpty() ? ""
                    : " " + opening + String.join(", ", kept) + (opening.equals("(") ? ")" : "]")));
        }
        m.appendTail(out);
        return new Cleaned(out.toString().trim(), notes);
    }
}
