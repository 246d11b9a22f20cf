package org.motcua.records.service.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.motcua.platformkit.data.Csv;
import org.motcua.platformkit.migration.ExportFields;
import org.motcua.records.domain.migration.MigrationRefusedException;

/** An export in CSV: a header row naming the fields, then one dossier per record (quoted fields may span lines). */
final class CsvExportReader extends ExportReader {

    private final BufferedReader reader;
    private final List<String> header;
    private boolean ended;

    CsvExportReader(InputStream in) throws IOException {
        super(in);
        this.reader = new BufferedReader(new InputStreamReader(input(), StandardCharsets.UTF_8), 1 << 16);
        List<String> names = Csv.nextRecord(reader);
        if (names == null) {
            throw MigrationRefusedException.unreadable("Tệp CSV không có dòng tiêu đề");
        }
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        this.header = names.stream().map(String::strip).toList();
        List<String> missing = ExportFields.REQUIRED.stream().filter(f -> !header.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw MigrationRefusedException.unreadable("Dòng tiêu đề thiếu cột: " + String.join(", ", missing));
        }
    }

    @Override
    protected SourceRow read(long number) throws IOException {
        if (ended) {
            return null;
        }
        List<String> record;
        try {
            record = Csv.nextRecord(reader);
        } catch (IOException e) {
            ended = true; // a quote that never closes swallows the rest of the file: one broken row
            return new SourceRow(number, Map.of(), "", "Dòng CSV hỏng: ngoặc kép không đóng đến hết tệp");
        }
        while (record != null && record.size() == 1 && record.get(0).isBlank()) {
            record = Csv.nextRecord(reader); // blank lines are not rows
        }
        if (record == null) {
            return null;
        }
        String text = record.stream().map(CsvExportReader::quoted).collect(Collectors.joining(","));
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
            fields.put(header.get(i), record.get(i)); // of a broken row too: its code helps whoever fixes it
        }
        return new SourceRow(number, fields, text, record.size() == header.size() ? null
                : "Dòng CSV có " + record.size() + " cột, tiêu đề có " + header.size() + " cột");
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
