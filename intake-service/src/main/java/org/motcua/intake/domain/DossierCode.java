package org.motcua.intake.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Mã số hồ sơ (Circular 03/2025): {@code <agency code>-YYMMDD-<daily sequence of at least 4 digits>}.
 * The agency code is, for now, the receiving unit's official code.
 */
public final class DossierCode {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DossierCode() {
    }

    public static String of(String agencyCode, LocalDate receiptDay, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return agencyCode + "-" + DAY.format(receiptDay) + "-" + String.format("%04d", sequence);
    }
}
