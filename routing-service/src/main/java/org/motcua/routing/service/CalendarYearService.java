package org.motcua.routing.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.deadline.OfficialCalendars;

/** Keeps a year's official calendar that intake announced, so that routing's forecasts count on it too. */
@ApplicationScoped
public class CalendarYearService {

    private final OfficialCalendars calendars;

    CalendarYearService(OfficialCalendars calendars) {
        this.calendars = calendars;
    }

    @Transactional
    public void published(int year, String notice, List<LocalDate> daysOff, List<LocalDate> extraWorkingDays) {
        calendars.load(new OfficialCalendars.Notice(year, notice, Set.copyOf(daysOff), Set.copyOf(extraWorkingDays)),
                "intake");
    }
}
