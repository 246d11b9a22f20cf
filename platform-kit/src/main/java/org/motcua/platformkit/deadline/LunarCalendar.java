package org.motcua.platformkit.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vietnamese lunar calendar (âm lịch), computed from published astronomy at UTC+7: a month begins on the day
 * of the new moon; month 11 holds the winter solstice; in a year of 13 months the first month without a major
 * solar term (the sun's longitude crossing a multiple of 30°) is the leap month. New moons follow Meeus,
 * Astronomical Algorithms (2nd ed.), ch. 49; the sun's longitude ch. 25 (low accuracy, ~0.01°); ΔT from the
 * Espenak–Meeus polynomial. Written from those rules (the widely copied reference code is licensed for
 * non-commercial use only). Good for the years 1900–2199; used for the provisional days off of a year whose
 * official notice is not loaded (Tết, Hùng Kings day).
 */
public final class LunarCalendar {

    /** Vietnam's time offset from UTC, in days. */
    private static final double ZONE_DAYS = 7.0 / 24.0;
    private static final double UNIX_EPOCH_JD = 2440587.5;

    private LunarCalendar() {
    }

    /** The first day of the lunar year that begins in the given Gregorian year (Tết Nguyên đán, mùng 1 tháng Giêng). */
    public static LocalDate newYear(int year) {
        return toSolar(year, 1, 1);
    }

    /**
     * The Gregorian date of a day of a (non-leap) lunar month in the lunar year that begins in {@code year}.
     *
     * @param month 1..10 (months 11 and 12 belong to the cycle of the next solstice and are not needed here)
     * @param day   1..29 (30 where the month has it)
     */
    public static LocalDate toSolar(int year, int month, int day) {
        if (month < 1 || month > 10 || day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar month 1..10 and day 1..30, not " + month + "/" + day);
        }
        for (Month m : monthsAfterSolstice(year - 1)) {
            if (m.number() == month && !m.leap()) {
                return m.start().plusDays(day - 1L);
            }
        }
        throw new IllegalStateException("no lunar month " + month + " in " + year);
    }

    /** A lunar month: its number, whether it is the leap month (tháng nhuận), and its first day. */
    record Month(int number, boolean leap, LocalDate start) {
    }

    /** The months from the one after month 11 of {@code year} up to the next month 11 (excluded). */
    static List<Month> monthsAfterSolstice(int year) {
        long from = month11(year);
        long to = month11(year + 1);
        int leapIndex = -1;
        if (to - from == 13) {
            for (int i = 1; i < 13 && leapIndex < 0; i++) {
                if (sector(start(from + i)) == sector(start(from + i + 1))) {
                    leapIndex = i;
                }
            }
        }
        List<Month> months = new ArrayList<>();
        int number = 11;
        for (int i = 1; i < to - from; i++) {
            boolean leap = i == leapIndex;
            if (!leap) {
                number = number % 12 + 1;
            }
            months.add(new Month(number, leap, start(from + i)));
        }
        return months;
    }

    /** The index (from Meeus' k = 0, 6 January 2000) of the new moon that begins month 11 of the year. */
    static long month11(int year) {
        LocalDate solstice = localDay(solsticeJd(year));
        long k = Math.round((solsticeJd(year) - 2451550.09766) / 29.530588861);
        while (start(k).isAfter(solstice)) {
            k--;
        }
        while (!start(k + 1).isAfter(solstice)) {
            k++;
        }
        return k;
    }

    /** The day (UTC+7) the k-th new moon falls on. */
    static LocalDate start(long k) {
        return localDay(newMoonJd(k));
    }

    /** Which twelfth of the ecliptic the sun is in at the start (00:00 UTC+7) of the day. */
    private static int sector(LocalDate day) {
        double jd = day.toEpochDay() + UNIX_EPOCH_JD - ZONE_DAYS;
        return (int) Math.floor(sunLongitude(jd) / 30.0);
    }

    private static LocalDate localDay(double jdUt) {
        return LocalDate.ofEpochDay((long) Math.floor(jdUt - UNIX_EPOCH_JD + ZONE_DAYS));
    }

    /** The instant (Julian day, UT) of the December solstice of the year: the sun's apparent longitude at 270°. */
    static double solsticeJd(int year) {
        double jd = LocalDate.of(year, 12, 21).toEpochDay() + UNIX_EPOCH_JD;
        for (int i = 0; i < 6; i++) {
            double diff = 270.0 - sunLongitude(jd);
            diff -= 360.0 * Math.floor((diff + 180.0) / 360.0);
            jd += diff * 365.2422 / 360.0;
        }
        return jd;
    }

    /** The sun's apparent longitude in degrees [0, 360) at a Julian day (UT; the difference to TT is negligible here). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        return lambda - 360.0 * Math.floor(lambda / 360.0);
    }

    /** The instant (Julian day, UT) of the k-th new moon after 6 January 2000 (Meeus ch. 49). */
    static double newMoonJd(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double correction = -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);
        double[][] planetary = {
            { 299.77, 0.107408, 0.000325 }, { 251.88, 0.016321, 0.000165 }, { 251.83, 26.651886, 0.000164 },
            { 349.42, 36.412478, 0.000126 }, { 84.66, 18.206239, 0.000110 }, { 141.74, 53.303771, 0.000062 },
            { 207.14, 2.453732, 0.000060 }, { 154.84, 7.306860, 0.000056 }, { 34.52, 27.261239, 0.000047 },
            { 207.19, 0.121824, 0.000042 }, { 291.34, 1.844379, 0.000040 }, { 161.72, 24.198154, 0.000037 },
            { 239.56, 25.513099, 0.000035 }, { 331.55, 3.592518, 0.000023 } };
        for (int i = 0; i < planetary.length; i++) {
            double argument = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
            correction += planetary[i][2] * Math.sin(rad(argument));
        }
        return jde + correction - deltaTSeconds(2000 + k / 12.3685) / 86400.0;
    }

    /** TT − UT in seconds (Espenak–Meeus polynomials; a minute's error moves no new moon across midnight but rarely). */
    private static double deltaTSeconds(double year) {
        double y = year - 2000;
        if (year < 2005) {
            return 63.86 + 0.3345 * y - 0.060374 * y * y + 0.0017275 * y * y * y;
        }
        if (year < 2050) {
            return 62.92 + 0.32217 * y + 0.005589 * y * y;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360.0);
    }
}
