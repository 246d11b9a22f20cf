package org.motcua.routing.domain.twin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documented default staffing of a commune (see {@code seed/README.md}): processing officers (full-time
 * equivalents) per field from the unit's type and size, the pre-merger units it absorbed — a merged commune
 * took over the officers of the communes it replaced. A province-admin replaces it with the real one.
 */
public final class DefaultStaffing {

    /** Processing hours of an officer per working day (of 8 office hours). */
    public static final double HOURS_PER_DAY = 6.0;
    /** Office hours of a working day. */
    public static final double OFFICE_HOURS_PER_DAY = 8.0;

    /** Wards (phường) have half as many officers again per absorbed unit: they served larger populations. */
    private static final double WARD_STAFF_FACTOR = 1.5;

    private DefaultStaffing() {
    }

    /** Officers per field ({@code *} for every other field) of a commune of the given type and size. */
    public static Map<String, Integer> officers(String unitType, int size) {
        double people = size * ("PHUONG".equals(unitType) ? WARD_STAFF_FACTOR : 1.0);
        Map<String, Integer> officers = new LinkedHashMap<>();
        officers.put("Hộ tịch", atLeastOne(people * 0.75));
        officers.put("Chứng thực", atLeastOne(people * 0.5));
        officers.put("Đất đai", atLeastOne(people * 0.5));
        officers.put("*", atLeastOne(people * 0.25));
        return officers;
    }

    private static int atLeastOne(double officers) {
        return Math.max(1, (int) Math.round(officers));
    }
}
