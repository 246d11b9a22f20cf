package org.motcua.platformkit.data;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The names of the province's units and agencies, read once from the service's own seed
 * ({@code seed/new_units_quang_ngai.csv}, {@code seed/provincial_agencies.csv}; provenance in its seed/README.md),
 * so that a service names a place ("Xã Đăk Hà") where its data holds a code. Created on first use: only services
 * that carry the seed use it.
 */
@ApplicationScoped
public class UnitDirectory {

    private final Map<String, String> names = new HashMap<>();

    UnitDirectory() {
        Csv.readResource("seed/new_units_quang_ngai.csv").forEach(row -> names.put(row.get("code"), row.get("full_name")));
        Csv.readResource("seed/provincial_agencies.csv").forEach(row -> names.put(row.get("code"), row.get("name")));
    }

    /** The unit's full name ("Xã Đăk Hà"), or null for an unknown code or none. */
    public String nameOf(String code) {
        return code == null ? null : names.get(code);
    }

    /** The unit's name for people; its code if the directory lacks it; empty for none. */
    public String nameForPeople(String code) {
        String name = nameOf(code);
        return name != null ? name : code == null ? "" : code;
    }
}
