package org.motcua.platformkit.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.motcua.platformkit.data.Csv;
import org.motcua.platformkit.data.Digests;
import org.motcua.platformkit.time.ProvinceTime;

import io.quarkus.arc.DefaultBean;

/** Makes the deadline engine available to services, on the calendar in force ({@link OfficialCalendars}). */
@Singleton
public class DeadlineCalculatorProducer {

    /** The calendar data shipped with the platform. */
    public static final String CALENDAR_RESOURCE = "calendar/vn_public_sector_calendar_2025_2026.csv";

    @Produces
    @Singleton
    @DefaultBean
    DeadlineCalculator deadlineCalculator(OfficialCalendars calendars) {
        return new DeadlineCalculator(calendars, OfficeHours.DEFAULT, ProvinceTime.ZONE);
    }

    /** The bundled calendar; its version is the file name and the first 12 hex digits of its SHA-256. */
    public static WorkingCalendar bundledCalendar() {
        try (InputStream in = DeadlineCalculatorProducer.class.getClassLoader().getResourceAsStream(CALENDAR_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CALENDAR_RESOURCE);
            }
            byte[] content = in.readAllBytes();
            String sha = Digests.sha256Hex(content);
            return WorkingCalendar.fromRows(Csv.read(new StringReader(new String(content, StandardCharsets.UTF_8))),
                    "vn_public_sector_calendar_2025_2026@" + sha.substring(0, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
