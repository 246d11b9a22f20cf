package org.motcua.records.service.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An export in JSON Lines: one object per line, its members named as the fields; a broken line is one broken row. */
final class JsonLinesExportReader extends ExportReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader reader;

    JsonLinesExportReader(InputStream in) {
        super(in);
        this.reader = new BufferedReader(new InputStreamReader(input(), StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    protected SourceRow read(long number) throws IOException {
        String line = reader.readLine();
        while (line != null && line.isBlank()) {
            line = reader.readLine();
        }
        if (line == null) {
            return null;
        }
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new SourceRow(number, Map.of(), line, "Dòng JSON hỏng (cột " + e.getLocation().getColumnNr() + ")");
        }
        if (!node.isObject()) {
            return new SourceRow(number, Map.of(), line, "Dòng JSON không phải một đối tượng");
        }
        Map<String, String> fields = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode value = member.getValue();
            if (value.isContainerNode()) {
                return new SourceRow(number, Map.of(), line, "Trường " + member.getKey() + " phải là một giá trị đơn");
            }
            if (!value.isNull()) {
                fields.put(member.getKey(), value.asText());
            }
        }
        return new SourceRow(number, fields, line, null);
    }
}
