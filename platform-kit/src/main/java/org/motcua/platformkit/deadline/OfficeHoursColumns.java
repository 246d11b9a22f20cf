package org.motcua.platformkit.deadline;

import java.time.LocalTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A unit's own office hours as five columns of its table (all null: the public sector's; the table checks all or
 * none). Intake's and routing's units embed it, so both read and write them the same way.
 */
@Embeddable
public class OfficeHoursColumns {

    @Column(name = "morning_start")
    private LocalTime morningStart;
    @Column(name = "morning_end")
    private LocalTime morningEnd;
    @Column(name = "afternoon_start")
    private LocalTime afternoonStart;
    @Column(name = "afternoon_end")
    private LocalTime afternoonEnd;
    @Column(name = "same_day_cut_off")
    private LocalTime sameDayCutOff;

    protected OfficeHoursColumns() {
    }

    /** The columns of a unit's own hours; null (all columns null) for the public sector's. */
    public static OfficeHoursColumns of(OfficeHours hours) {
        if (hours == null) {
            return null;
        }
        OfficeHoursColumns columns = new OfficeHoursColumns();
        columns.morningStart = hours.morningStart();
        columns.morningEnd = hours.morningEnd();
        columns.afternoonStart = hours.afternoonStart();
        columns.afternoonEnd = hours.afternoonEnd();
        columns.sameDayCutOff = hours.sameDayCutOff();
        return columns;
    }

    /** Embedded columns as office hours (an entity holds null when all five are null). */
    public static Optional<OfficeHours> hours(OfficeHoursColumns columns) {
        return columns == null || columns.morningStart == null ? Optional.empty()
                : Optional.of(new OfficeHours(columns.morningStart, columns.morningEnd,
                        columns.afternoonStart, columns.afternoonEnd, columns.sameDayCutOff));
    }
}
