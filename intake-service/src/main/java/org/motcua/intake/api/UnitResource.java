package org.motcua.intake.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.Paging;
import org.motcua.intake.service.CatalogQueryService;
import org.motcua.intake.service.UnitOfficeHoursService;
import org.motcua.platformkit.deadline.OfficeHours;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.security.Roles;

/** The province's commune-level units. */
@Path("/api/v1/units")
@Tag(name = "Đơn vị", description = "Đơn vị hành chính cấp xã của tỉnh")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
public class UnitResource {

    private final CatalogQueryService catalog;
    private final UnitOfficeHoursService officeHours;
    private final Caller caller;

    UnitResource(CatalogQueryService catalog, UnitOfficeHoursService officeHours, Caller caller) {
        this.catalog = catalog;
        this.officeHours = officeHours;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Danh sách đơn vị, tìm theo tên không dấu (theo trang)")
    public PageView<UnitView> list(@QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(200) int size) {
        CatalogQueryService.UnitPage units = catalog.units(text, page, size);
        return units.page().map(u -> UnitView.of(u, units.preMergerUnits().getOrDefault(u.code(), List.of())));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Một đơn vị và các đơn vị trước sáp nhập")
    public UnitView get(@PathParam("code") String code) {
        CatalogQueryService.UnitPage unit = catalog.unit(code);
        return UnitView.of(unit.page().items().get(0), unit.preMergerUnits().getOrDefault(code, List.of()));
    }

    @PUT
    @Path("/{code}/office-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Đặt giờ làm việc riêng của đơn vị (áp dụng cho hồ sơ tiếp nhận từ nay)")
    public UnitView changeOfficeHours(@PathParam("code") String code, @NotNull @Valid OfficeHoursView request) {
        OfficeHours hours;
        try {
            hours = new OfficeHours(request.morningStart(), request.morningEnd(), request.afternoonStart(),
                    request.afternoonEnd(), request.sameDayCutOff());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("office-hours-invalid", "Giờ làm việc không hợp lệ", List.of(
                    new FieldProblem("officeHours", "buổi sáng phải trước buổi chiều, giờ bắt đầu trước giờ kết thúc,"
                            + " giờ chốt nhận hồ sơ trong ngày phải nằm trong giờ làm việc")));
        }
        officeHours.change(code, hours, caller.name());
        return get(code);
    }

    @DELETE
    @Path("/{code}/office-hours")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Trở lại giờ hành chính chung (08:00–12:00, 13:00–17:00, chốt 15:00)")
    public UnitView resetOfficeHours(@PathParam("code") String code) {
        officeHours.change(code, null, caller.name());
        return get(code);
    }
}
