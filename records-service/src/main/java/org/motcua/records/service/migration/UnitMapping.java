package org.motcua.records.service.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.Csv;

/**
 * The pre-merger communes and the new units they became (seed/old_to_new_mapping.csv, see seed/README.md).
 * One commune, Xã Trà Bùi, was split: it has two new units.
 */
@ApplicationScoped
public class UnitMapping {

    /** A pre-merger commune. */
    public record OldUnit(String code, String name, String provinceCode, List<String> newUnitCodes) {

        public boolean isSplit() {
            return newUnitCodes.size() > 1;
        }
    }

    private final Map<String, OldUnit> units = new HashMap<>();

    UnitMapping() {
        Map<String, List<String>> targets = new HashMap<>();
        Map<String, Map<String, String>> first = new HashMap<>();
        for (Map<String, String> row : Csv.readResource("seed/old_to_new_mapping.csv")) {
            targets.computeIfAbsent(row.get("old_code"), c -> new ArrayList<>()).add(row.get("new_code"));
            first.putIfAbsent(row.get("old_code"), row);
        }
        first.forEach((code, row) -> units.put(code, new OldUnit(code, row.get("old_full_name"), row.get("old_province_code"),
                List.copyOf(targets.get(code)))));
    }

    /** The commune of this pre-merger code, or null. */
    public OldUnit of(String oldCode) {
        return oldCode == null ? null : units.get(oldCode);
    }
}
