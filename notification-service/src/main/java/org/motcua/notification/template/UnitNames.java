package org.motcua.notification.template;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.Csv;

/** The names of the province's units and agencies (seed/README.md), so that messages name the place, not a code. */
@ApplicationScoped
public class UnitNames {

    private final Map<String, String> names = new HashMap<>();

    UnitNames() {
        Csv.readResource("seed/new_units_quang_ngai.csv").forEach(row -> names.put(row.get("code"), row.get("full_name")));
        Csv.readResource("seed/provincial_agencies.csv").forEach(row -> names.put(row.get("code"), row.get("name")));
    }

    /** The unit's name ("Phường Cẩm Thành"), or its code when unknown; empty for none. */
    public String of(String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }
}
