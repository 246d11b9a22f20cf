package org.motcua.routing.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documented default staffing of a commune (see {@code seed/README.md}): officers per field from the
 * unit's type and size (the pre-merger units it absorbed). A province-admin replaces it with the real one.
 */
final class StaffingDefaults {

    /** Processing hours of an officer per working day (of 8 office hours). */
    static final double HOURS_PER_DAY = 6.0;

    private StaffingDefaults() {
    }

    /** Officers per field ({@code *} for every other field) of a commune of the given type and size. */
    static Map<String, Integer> officers(String unitType, int size) {
        boolean ward = "PHUONG".equals(unitType);
        Map<String, Integer> officers = new LinkedHashMap<>();
        officers.put("Hộ tịch", (ward ? 2 : 1) + (size >= 4 ? 1 : 0));
        officers.put("Chứng thực", ward ? 2 : 1);
        officers.put("Đất đai", 1 + (size >= 3 ? 1 : 0));
        officers.put("*", ward ? 2 : 1);
        return officers;
    }
}
