package org.motcua.records.domain.migration;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.motcua.platformkit.data.Csv;

/**
 * A pre-merger one-stop system whose dossiers the archive imports, as the province lists them in
 * {@code seed/source_systems.csv} (for Quảng Ngãi: old Quảng Ngãi and old Kon Tum).
 *
 * @param name         its code in imports and in the archive, such as {@code QNG}
 * @param displayName  its name for people
 * @param provinceCode the old province whose communes it served
 */
public record SourceSystem(String name, String displayName, String provinceCode) {

    /** Every system of the province's seed. */
    public static final List<SourceSystem> ALL = Csv.readResource("seed/source_systems.csv").stream()
            .map(row -> new SourceSystem(row.get("code"), row.get("name"), row.get("old_province_code"))).toList();

    /** The system of this code (any case), if the province has it. */
    public static Optional<SourceSystem> of(String code) {
        return code == null ? Optional.empty()
                : ALL.stream().filter(s -> s.name().equalsIgnoreCase(code.trim())).findFirst();
    }

    /** The system of a code the archive stored; one no longer in the seed is a configuration fault. */
    public static SourceSystem get(String code) {
        return of(code).orElseThrow(() -> new IllegalStateException("source system " + code
                + " is not in seed/source_systems.csv"));
    }

    /** The codes, for messages: "QNG, KTM". */
    public static String codes() {
        return String.join(", ", ALL.stream().map(SourceSystem::name).toList());
    }

    @Override
    public String toString() {
        return name.toUpperCase(Locale.ROOT);
    }
}
