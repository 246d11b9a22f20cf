package org.motcua.intake.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.intake.service.CatalogQueryService;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.security.Roles;

/** The province's commune-level units. */
@Path("/api/v1/units")
@Tag(name = "Đơn vị", description = "Đơn vị hành chính cấp xã của tỉnh")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
public class UnitResource {

    private final CatalogQueryService catalog;

    UnitResource(CatalogQueryService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Danh sách đơn vị, tìm theo tên không dấu (theo trang)")
    public PageView<UnitView> list(@QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
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
}
