package org.motcua.migration.cli;

import java.io.PrintStream;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** One line redrawn in place: how far the import is, how fast, and what became of the rows. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void show(JsonNode migration) {
        out.print((terminal ? "\r" : "") + line(migration) + (terminal ? "" : "\n"));
        out.flush();
    }

    void end() {
        if (terminal) {
            out.println();
        }
    }

    static String line(JsonNode m) {
        double percent = m.path("percent").asDouble();
        int filled = (int) Math.round(percent / 100 * WIDTH);
        JsonNode c = m.path("counts");
        return String.format(Locale.ROOT, "[%s%s] %5.1f%%  %,d dòng  %,.0f dòng/giây  nhập %,d · gộp %,d · đã có %,d"
                + " · chờ xem xét %,d · từ chối %,d", "#".repeat(filled), ".".repeat(WIDTH - filled), percent,
                m.path("rowsRead").asLong(), m.path("ratePerSecond").asDouble(), c.path("imported").asLong(),
                c.path("merged").asLong(), c.path("alreadyPresent").asLong(), c.path("heldForReview").asLong(),
                c.path("rejected").asLong()).replace(',', '.');
    }
}
