package org.motcua.routing.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.routing.service.StaffingService;

/** Units, their staffing per field, and provincial reinforcements (tăng cường cán bộ). */
@Path("/api/v1")
@Tag(name = "Năng lực", description = "Biên chế theo lĩnh vực và tăng cường cán bộ cấp tỉnh")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class StaffingResource {

    private final StaffingService staffing;
    private final Caller caller;

    StaffingResource(StaffingService staffing, Caller caller) {
        this.staffing = staffing;
        this.caller = caller;
    }

    @GET
    @Path("/units")
    @Operation(summary = "Các đơn vị xử lý hồ sơ: 96 xã, phường, đặc khu và cơ quan cấp tỉnh (theo trang)")
    public PageView<UnitView> units(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(200) int size) {
        return staffing.units(page, size).map(UnitView::of);
    }

    @GET
    @Path("/units/{code}/staffing")
    @Operation(summary = "Biên chế theo lĩnh vực, các đợt tăng cường và khối lượng đang chờ của một đơn vị")
    public UnitStaffingView staffing(@PathParam("code") String unitCode) {
        caller.requireUnit(unitCode);
        return UnitStaffingView.of(staffing.picture(unitCode));
    }

    @PUT
    @Path("/units/{code}/staffing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Khai báo biên chế của đơn vị (thay toàn bộ; có hiệu lực ngay với hồ sơ tiếp theo)")
    public UnitStaffingView replaceStaffing(@PathParam("code") String unitCode,
            @NotNull @Valid StaffingRequest request) {
        return UnitStaffingView.of(staffing.replaceStaffing(unitCode, request.fields().stream()
                .map(f -> new StaffingService.FieldStaff(f.field(), f.officers(), f.hoursPerDay())).toList(),
                caller.name()));
    }

    @POST
    @Path("/reinforcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Tăng cường cán bộ cấp tỉnh cho một đơn vị (tại chỗ hoặc từ xa) trong một khoảng thời gian")
    public Response reinforce(@NotNull @Valid ReinforcementView request) {
        var created = staffing.reinforce(request.plan(), caller.name());
        return Response.status(Response.Status.CREATED)
                .location(java.net.URI.create("/api/v1/reinforcements/" + created.id()))
                .entity(ReinforcementView.of(created)).build();
    }

    @GET
    @Path("/reinforcements")
    @Operation(summary = "Các đợt tăng cường chưa kết thúc (của một đơn vị, hoặc cả tỉnh) (theo trang)")
    public PageView<ReinforcementView> reinforcements(@QueryParam("unit") String unitCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        caller.requireUnit(unitCode); // without a unit: the whole province, province roles only
        return staffing.reinforcements(unitCode, page, size).map(ReinforcementView::of);
    }

    @POST
    @Path("/reinforcements/{id}/end")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Kết thúc đợt tăng cường hôm nay (hủy nếu chưa bắt đầu)")
    public ReinforcementView end(@PathParam("id") UUID id) {
        return ReinforcementView.of(staffing.end(id, caller.name()));
    }
}
