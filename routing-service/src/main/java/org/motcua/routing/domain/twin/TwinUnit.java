package org.motcua.routing.domain.twin;

import java.util.Map;

/**
 * A unit as the twin sees it: a commune (type and size drive its demand) or a provincial agency, and its
 * processing officers per field ({@code *} for every other field).
 */
public record TwinUnit(String code, boolean agency, boolean ward, int size, Map<String, Double> officers) {

    public TwinUnit {
        officers = Map.copyOf(officers);
    }

    /** The seed's units with their default staffing. */
    public static TwinUnit of(SeedUnit seed) {
        Map<String, Double> officers = new java.util.HashMap<>();
        seed.officers().forEach((field, count) -> officers.put(field, count.doubleValue()));
        return new TwinUnit(seed.code(), seed.agency(), seed.ward(), seed.size(), officers);
    }

    /** Officers working in the field: the field's own row, else the row for every other field. */
    public double officers(String field) {
        Double own = officers.get(field);
        return own != null ? own : officers.getOrDefault("*", 0.0);
    }

    /** Officers as servers of a queue: whole people (a part-time officer counts as one, working slower). */
    public int servers(String field) {
        double count = officers(field);
        return count <= 0 ? 0 : (int) Math.ceil(count - 1e-9);
    }
}
