package org.motcua.intake.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.intake.service.CalendarNotices;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;

/** The working calendar per year: how deadlines are counted, and the province admin's loading of a year's notice. */
@Path("/api/v1/calendar/years/{year}")
@Tag(name = "Lịch làm việc", description = "Ngày nghỉ lễ, làm bù theo năm; nạp thông báo lịch nghỉ chính thức")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
public class CalendarResource {

    private final CalendarNotices notices;
    private final Caller caller;

    CalendarResource(CalendarNotices notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Ngày nghỉ của năm: theo thông báo chính thức, hoặc tạm tính theo luật khi chưa có thông báo")
    public CalendarYearView year(@PathParam("year") int year) {
        return CalendarYearView.of(notices.year(year), null);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Nạp thông báo lịch nghỉ chính thức của năm: ngày hẹn tạm tính của hồ sơ đang giải quyết được"
            + " tính lại và thông báo")
    public CalendarYearView load(@PathParam("year") int year, @NotNull @Valid LoadCalendarYearRequest request) {
        CalendarNotices.Loaded loaded = notices.load(new CalendarNotices.Notice(year, request.notice(), request.daysOff(),
                request.extraWorkingDays() == null ? List.of() : request.extraWorkingDays()), caller.name());
        return CalendarYearView.of(notices.year(year), loaded);
    }
}
