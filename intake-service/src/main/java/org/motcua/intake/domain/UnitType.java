package org.motcua.intake.domain;

/** Kind of commune-level unit: xã (commune), phường (ward), đặc khu (special zone). */
public enum UnitType {
    XA, PHUONG, DAC_KHU;

    /** Reads the type code of the reference data ({@code xa}, {@code phuong}, {@code dac_khu}). */
    public static UnitType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
