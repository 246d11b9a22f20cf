package org.motcua.notification.service.channel;

/** Vietnamese mobile numbers in the forms the gateways want: national ({@code 0912345678}) or international. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** {@code 0912345678} from {@code 0912345678}, {@code +84912345678}, {@code 84 912 345 678}...; null if not one. */
    public static String national(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0[0-9]{9}") ? digits : null;
    }

    /** {@code 84912345678}, as Zalo wants it; null if not a number. */
    public static String international(String phone) {
        String national = national(phone);
        return national == null ? null : "84" + national.substring(1);
    }
}
