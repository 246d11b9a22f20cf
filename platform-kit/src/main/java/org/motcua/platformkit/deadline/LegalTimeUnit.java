package org.motcua.platformkit.deadline;

/** How a procedure's legal processing time (thời hạn giải quyết) is counted. */
public enum LegalTimeUnit {
    /** Trong ngày: the same working day if received by the 15:00 cut-off, else the next working day. */
    SAME_DAY,
    /** Ngày làm việc: working days after the day of receipt. */
    WORKING_DAYS,
    /** Giờ làm việc: office hours, counted from 08:00 of the next working day. */
    WORKING_HOURS,
    /** Ngày: calendar days; a deadline falling on a day off moves to the next working day. */
    CALENDAR_DAYS
}
