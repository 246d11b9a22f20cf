package org.motcua.notification.service.alert;

/** What a staff alert is about. */
public enum AlertKind {
    /** Hồ sơ có nguy cơ trễ hạn: predicted to finish after its deadline. */
    AT_RISK,
    /** Hồ sơ quá hạn. */
    OVERDUE,
    /** Ùn tắc: a unit's queue of a field will take too long to clear. */
    CONGESTION,
    /** Thiếu lịch nghỉ chính thức: appointments are provisional until a province admin loads a year's notice. */
    CALENDAR_NOTICE
}
