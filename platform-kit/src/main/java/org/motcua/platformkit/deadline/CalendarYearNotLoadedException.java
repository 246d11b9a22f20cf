package org.motcua.platformkit.deadline;

/**
 * A date falls in a year whose official calendar (days off, swapped Saturdays) is not loaded. The
 * platform never guesses a legal deadline silently: callers decide what to do and tell the admins.
 */
public class CalendarYearNotLoadedException extends RuntimeException {

    private final int year;

    public CalendarYearNotLoadedException(int year) {
        super("the public-sector calendar of " + year + " is not loaded");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
