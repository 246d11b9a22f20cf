package org.motcua.notification.api;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.notification.service.alert.AlertFeed;
import org.motcua.notification.service.alert.AlertKind;
import org.motcua.notification.service.alert.StaffAlert;
import org.motcua.notification.service.alert.StaffAlerts;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/**
 * Staff alerts of a unit: dossiers at risk or overdue, congestion. Live as server-sent events (for the clerk
 * frontend; a reconnecting client sends {@code Last-Event-ID} and gets what it missed), or as a list.
 */
@Path("/api/v1/alerts")
@Tag(name = "Cảnh báo", description = "Cảnh báo cho cán bộ: hồ sơ có nguy cơ trễ hạn, quá hạn, ùn tắc")
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class AlertResource {

    /** A comment line this often keeps proxies from closing a quiet stream. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final AlertFeed feed;
    private final StaffAlerts alerts;
    private final Caller caller;

    AlertResource(AlertFeed feed, StaffAlerts alerts, Caller caller) {
        this.feed = feed;
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Luồng cảnh báo (server-sent events) của đơn vị mình; cấp tỉnh: mọi đơn vị hoặc ?unit=")
    public Multi<OutboundSseEvent> stream(@QueryParam("unit") String unit, @HeaderParam("Last-Event-ID") Long lastEventId,
            @Context Sse sse) {
        Set<String> units = units(unit);
        Multi<OutboundSseEvent> events = feed.follow(units, lastEventId)
                .map(alert -> sse.newEventBuilder().id(String.valueOf(alert.seq())).name(alert.kind().name())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(StaffAlert.class, alert).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, keepAlive);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cảnh báo gần nhất trước (theo trang)")
    public List<StaffAlert> list(@QueryParam("unit") String unit, @QueryParam("kind") AlertKind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Set<String> units = units(unit);
        String one = units == null ? null : units.iterator().next();
        return alerts.newest(one, kind, page, size);
    }

    /** The units the caller follows: the one asked for if theirs, else their own; province roles: all or the one. */
    private Set<String> units(String unit) {
        if (caller.hasProvinceScope()) {
            return unit == null ? null : Set.of(unit);
        }
        if (unit != null) {
            caller.requireUnit(unit);
            return Set.of(unit);
        }
        List<String> mine = caller.units();
        if (mine.isEmpty()) {
            throw new ForbiddenException("Tài khoản không thuộc đơn vị nào");
        }
        return new HashSet<>(mine);
    }
}
