package org.motcua.platformkit.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Times for people are in Asia/Ho_Chi_Minh and dates read {@code dd/MM/yyyy}; data stays in UTC. */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private ProvinceTime() {
    }

    public static LocalDate localDate(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** {@code 29/11/2026}: the day in the province's time zone. */
    public static String dateOf(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    /** {@code 09:15 29/11/2026} in the province's time zone. */
    public static String forPeople(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }

    /** {@code 09 giờ 15 phút, ngày 29/11/2026}, as the forms of administrative papers write a moment. */
    public static String forPapers(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return String.format("%02d giờ %02d phút, ngày %s", local.getHour(), local.getMinute(), DATE.format(local));
    }
}
