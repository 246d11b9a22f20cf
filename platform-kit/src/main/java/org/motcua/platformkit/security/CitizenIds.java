package org.motcua.platformkit.security;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Citizen ID numbers (số định danh cá nhân, 12 digits) are personal data: stored and looked up only by
 * a keyed hash ({@link KeyedHash}) and shown only masked. Never log them.
 */
@ApplicationScoped
public class CitizenIds {

    private final KeyedHash keyedHash;

    CitizenIds(KeyedHash keyedHash) {
        this.keyedHash = keyedHash;
    }

    /** The lookup hash of a citizen ID (hex). */
    public String hash(String citizenId) {
        return keyedHash.hex(citizenId);
    }

    /**
     * Province codes (3 digits, as the first digits of a citizen ID) of the 63 provinces before 2025, under
     * which every ID now in use was issued.
     */
    private static final java.util.Set<String> PROVINCE_PREFIXES = java.util.Set.of("001", "002", "004", "006", "008",
            "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031",
            "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052",
            "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079",
            "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    /** True for 12 digits whose first three are a province code. */
    public static boolean isValid(String citizenId) {
        return citizenId != null && citizenId.matches("[0-9]{12}") && PROVINCE_PREFIXES.contains(citizenId.substring(0, 3));
    }

    /** The form shown to people: only the last three digits, e.g. {@code *********789}. */
    public static String mask(String citizenId) {
        if (citizenId == null || citizenId.length() <= 3) {
            return "***";
        }
        return "*".repeat(citizenId.length() - 3) + citizenId.substring(citizenId.length() - 3);
    }
}
