package org.motcua.intake.api;

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
    @Operation(summary = "Danh sách đơn vị (theo trang)")
    public PageView<UnitView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(200) int size) {
        return catalog.units(page, size).map(UnitView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Một đơn vị")
    public UnitView get(@PathParam("code") String code) {
        return UnitView.of(catalog.unit(code));
    }
}
