package org.motcua.testsupport.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access matrix of {@code docs/access-matrix.md}: for each operation of a service, whether it reads or writes and
 * what each caller gets. The document is the specification; this class only reads its tables.
 */
public final class AccessMatrix {

    /** The document, from the repository's root. */
    public static final String DOCUMENT = "docs/access-matrix.md";

    /** Allowed: anything but a refusal of the caller (401, 403, 404). */
    public static final String ALLOWED = "✓";
    /** No such caller for the row. */
    public static final String NONE = "—";

    /** The callers, in the columns' order. */
    public enum Caller {
        ANONYMOUS("anonymous"), CLERK("clerk"), OFFICER("officer"), LEADER("leader"), PROVINCE_ADMIN("province-admin"),
        AUDITOR("auditor"), INTEGRATION("integration"), ANOTHER_UNIT("another unit");

        private final String column;

        Caller(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }

        /** The role of the token ({@code null}: none, or not one role). */
        public String role() {
            return this == ANONYMOUS || this == ANOTHER_UNIT ? null : column;
        }

        /** Whether the role acts for a unit (its token carries one). */
        public boolean ofUnit() {
            return this == CLERK || this == OFFICER || this == LEADER;
        }
    }

    /** One operation: {@code GET /api/v1/dossiers/{id}}, read or write, and the answer each caller gets. */
    public record Row(String method, String path, boolean writes, Map<Caller, String> answers) {

        public String operation() {
            return method + " " + path;
        }

        public String answer(Caller caller) {
            return answers.get(caller);
        }

        /** The role another unit's staff call with: the first unit role the row allows, else an officer. */
        public String anotherUnitsRole() {
            return Arrays.stream(Caller.values()).filter(Caller::ofUnit)
                    .filter(c -> ALLOWED.equals(answer(c))).map(Caller::role).findFirst().orElse("officer");
        }

        /** Public operations are the citizen's: anyone may call them, with a token or without. */
        public boolean isPublic() {
            return ALLOWED.equals(answer(Caller.ANONYMOUS));
        }
    }

    private final Map<String, List<Row>> rowsByService;

    private AccessMatrix(Map<String, List<Row>> rowsByService) {
        this.rowsByService = rowsByService;
    }

    /** The document of the repository the working directory is in (a module's directory, or the root). */
    public static AccessMatrix ofRepository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(DOCUMENT))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(DOCUMENT + " not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return parse(Files.readString(dir.resolve(DOCUMENT), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the tables under each {@code ## <service>} heading whose header starts with {@code | operation | kind |}
     * and names the callers' columns.
     */
    static AccessMatrix parse(String markdown) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        String service = null;
        List<String> header = null;
        for (String line : markdown.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("## ")) {
                service = trimmed.substring(3).strip();
                header = null;
            } else if (!trimmed.startsWith("|")) {
                header = null;
            } else if (header == null) {
                List<String> cells = cells(trimmed);
                header = cells.size() > 2 && cells.get(0).equals("operation") && cells.get(1).equals("kind") ? cells : null;
            } else if (!trimmed.startsWith("|---") && service != null) {
                rows.computeIfAbsent(service, s -> new ArrayList<>()).add(row(cells(trimmed), header, service));
            }
        }
        return new AccessMatrix(rows);
    }

    private static Row row(List<String> cells, List<String> header, String service) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(service + ": the row has " + cells.size() + " cells, the header "
                    + header.size() + ": " + cells);
        }
        String[] operation = cells.get(0).split(" ", 2);
        String kind = cells.get(1);
        if (operation.length != 2 || !(kind.equals("read") || kind.equals("write"))) {
            throw new IllegalArgumentException(service + ": not an operation and a kind (read, write): " + cells);
        }
        Map<Caller, String> answers = new LinkedHashMap<>();
        for (Caller caller : Caller.values()) {
            int column = header.indexOf(caller.column());
            if (column < 0) {
                throw new IllegalArgumentException(service + ": no column for " + caller.column());
            }
            String answer = cells.get(column);
            if (!List.of(ALLOWED, NONE, "401", "403", "404").contains(answer)) {
                throw new IllegalArgumentException(service + ": " + cells.get(0) + ": unknown answer '" + answer + "'");
            }
            answers.put(caller, answer);
        }
        return new Row(operation[0], operation[1], kind.equals("write"), answers);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    /** The rows of a service's section ({@code intake-service}, ...); empty if the document has none. */
    public List<Row> rows(String service) {
        return rowsByService.getOrDefault(service, List.of());
    }
}
