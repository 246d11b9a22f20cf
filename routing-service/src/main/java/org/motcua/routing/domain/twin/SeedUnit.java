package org.motcua.routing.domain.twin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.motcua.platformkit.data.Csv;

/**
 * A processing unit of the seed files ({@code seed/}): a commune (with its type and size, the pre-merger
 * units it absorbed) or a provincial agency, and its default officers per field. Read by the service at
 * start-up and by the province twin outside any container.
 *
 * @param type     {@code XA}, {@code PHUONG}, {@code DAC_KHU}; null for an agency
 * @param officers officers per field, {@code *} for every other field
 */
public record SeedUnit(String code, String name, boolean agency, String type, int size,
        Map<String, Integer> officers) {

    /** The 96 communes, then the provincial agencies. */
    public static List<SeedUnit> read() {
        Map<String, Integer> sizes = new HashMap<>();
        for (Map<String, String> row : Csv.readResource("seed/old_to_new_mapping.csv")) {
            sizes.merge(row.get("new_code").trim(), 1, Integer::sum);
        }
        Stream<SeedUnit> communes = Csv.readResource("seed/new_units_quang_ngai.csv").stream().map(r -> {
            String code = r.get("code").trim();
            String type = r.get("type").trim().toUpperCase(Locale.ROOT);
            int size = sizes.getOrDefault(code, 1);
            return new SeedUnit(code, r.get("full_name").trim(), false, type, size,
                    DefaultStaffing.officers(type, size));
        });
        Stream<SeedUnit> agencies = Csv.readResource("seed/provincial_agencies.csv").stream()
                .map(r -> new SeedUnit(r.get("code").trim(), r.get("name").trim(), true, null, 1,
                        Map.of("*", Integer.parseInt(r.get("officers").trim()))));
        return Stream.concat(communes, agencies).toList();
    }

    public boolean ward() {
        return "PHUONG".equals(type);
    }
}
