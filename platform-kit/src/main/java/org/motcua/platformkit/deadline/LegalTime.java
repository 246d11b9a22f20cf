package org.motcua.platformkit.deadline;

/** A legal processing time: an amount and how it is counted. */
public record LegalTime(int amount, LegalTimeUnit unit) {

    public LegalTime {
        if (amount < 0) {
            throw new IllegalArgumentException("a legal time cannot be negative");
        }
        if (unit == null) {
            throw new IllegalArgumentException("a legal time needs its unit");
        }
    }

    public static LegalTime sameDay() {
        return new LegalTime(0, LegalTimeUnit.SAME_DAY);
    }

    public static LegalTime workingDays(int days) {
        return new LegalTime(days, LegalTimeUnit.WORKING_DAYS);
    }

    public static LegalTime workingHours(int hours) {
        return new LegalTime(hours, LegalTimeUnit.WORKING_HOURS);
    }

    public static LegalTime calendarDays(int days) {
        return new LegalTime(days, LegalTimeUnit.CALENDAR_DAYS);
    }
}
