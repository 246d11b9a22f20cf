package org.motcua.records.migration;

/** The pre-merger one-stop systems whose dossiers the archive imports. */
public enum SourceSystem {

    /** Old Quảng Ngãi (province code 51). */
    QNG("Hệ thống một cửa điện tử tỉnh Quảng Ngãi (trước 01/7/2025)", "51"),
    /** Old Kon Tum (province code 62). */
    KTM("Hệ thống một cửa điện tử tỉnh Kon Tum (trước 01/7/2025)", "62");

    private final String displayName;
    private final String provinceCode;

    SourceSystem(String displayName, String provinceCode) {
        this.displayName = displayName;
        this.provinceCode = provinceCode;
    }

    public String displayName() {
        return displayName;
    }

    /** The old province whose communes this system served. */
    public String provinceCode() {
        return provinceCode;
    }

    /** The system of this code (QNG, KTM), or null. */
    public static SourceSystem of(String code) {
        for (SourceSystem system : values()) {
            if (system.name().equalsIgnoreCase(code)) {
                return system;
            }
        }
        return null;
    }
}
