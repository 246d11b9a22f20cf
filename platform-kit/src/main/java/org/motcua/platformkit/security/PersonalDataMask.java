package org.motcua.platformkit.security;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Personal data as shown to callers whose work does not need it in full ({@link Caller#seesPersonalData}: an auditor,
 * an integrating system): enough to tell people apart on a page, not to identify or reach them.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** {@code Phạm Văn Đức} → {@code P*** V*** Đ***}. */
    public static String name(String fullName) {
        if (fullName == null) {
            return null;
        }
        return Arrays.stream(fullName.strip().split("\\s+")).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)) + "***").collect(Collectors.joining(" "));
    }

    /** {@code n***@example.vn} for an email, {@code *******678} for a phone number. */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "***" + address.substring(at);
        }
        return CitizenIds.mask(address); // a number: only its last three digits, as a citizen ID is shown
    }

    /** A text that names the person (a message to them): their name in it masked. */
    public static String text(String text, String fullName) {
        if (text == null || fullName == null || fullName.isBlank()) {
            return text;
        }
        return text.replace(fullName.strip(), name(fullName));
    }
}
