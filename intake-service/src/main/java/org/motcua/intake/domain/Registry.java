package org.motcua.intake.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.motcua.platformkit.data.VietnameseText;

/**
 * Cơ sở dữ liệu quốc gia: a national or sector database whose data replaces a paper (once-only,
 * Resolution 66.7/2025/NQ-CP). The gateway has a client for the first five.
 */
public enum Registry {
    POPULATION("dan cu", "can cuoc"),
    CIVIL_STATUS("ho tich"),
    LAND("dat dai"),
    SOCIAL_INSURANCE("bao hiem", "bhxh"),
    BUSINESS("dang ky doanh", "doanh nghiep", "hop tac xa", "ho kinh doanh", "dinh danh dien tu to chuc"),
    CRIMINAL_RECORD("ly lich tu phap"),
    VEHICLE("dang ky xe"),
    DRIVING_LICENCE("giay phep lai xe"),
    PASSPORT("ho chieu"),
    HEALTH("y te", "suc khoe"),
    CHILDREN("tre em");

    private final String[] markers;

    Registry(String... markers) {
        this.markers = markers;
    }

    /** The registries a published database name mentions ("CSDL quốc gia về dân cư; CSDL hộ tịch"...). */
    public static List<Registry> mentionedIn(String databaseNames) {
        String folded = VietnameseText.fold(databaseNames);
        Set<Registry> found = new LinkedHashSet<>();
        for (Registry registry : values()) {
            for (String marker : registry.markers) {
                if (folded.contains(marker)) {
                    found.add(registry);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Reads the stored form (codes separated by commas). */
    public static List<Registry> parseCodes(String codes) {
        List<Registry> registries = new ArrayList<>();
        if (codes != null) {
            for (String code : codes.split(",")) {
                if (!code.isBlank()) {
                    registries.add(valueOf(code.trim().toUpperCase(Locale.ROOT)));
                }
            }
        }
        return registries;
    }

    public static String codes(List<Registry> registries) {
        return registries.isEmpty() ? null : String.join(",", registries.stream().map(Enum::name).toList());
    }
}
