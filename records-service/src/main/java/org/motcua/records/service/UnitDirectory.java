package org.motcua.records.service;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.Csv;

/** The names of the province's units and agencies (seed/README.md), so that the archive can be searched by them. */
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
}
