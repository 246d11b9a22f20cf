package org.motcua.platformkit.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (UTF-8, header row, quoted fields with commas, doubled quotes and line breaks):
 * the format of the province's reference data and of the pre-merger exports.
 */
public final class Csv {

    private Csv() {
    }

    /** Every row of a classpath resource as a map from header to value. */
    public static List<Map<String, String>> readResource(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row as a map from header to value; missing trailing cells read as empty. */
    public static List<Map<String, String>> read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        List<String> header = nextRecord(reader);
        if (header == null) {
            return List.of();
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> record;
        while ((record = nextRecord(reader)) != null) {
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < record.size() ? record.get(i) : "");
            }
            rows.add(Collections.unmodifiableMap(row));
        }
        return rows;
    }

    /**
     * The next record's fields, or null at the end of input: for files too large to hold, read one record at a
     * time (the pre-merger exports).
     *
     * @throws IOException also for a quoted field that never ends
     */
    public static List<String> nextRecord(BufferedReader reader) throws IOException {
        int c = reader.read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("unterminated quoted field");
                }
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        reader.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == -1 || c == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (c == '\r') {
                // tolerated before \n
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            c = reader.read();
        }
    }
}
