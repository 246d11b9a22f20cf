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

/** The procedure catalog. */
@Path("/api/v1/procedures")
@Tag(name = "Thủ tục", description = "Danh mục thủ tục hành chính")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
public class ProcedureResource {

    private final CatalogQueryService catalog;

    ProcedureResource(CatalogQueryService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Danh sách thủ tục, lọc theo lĩnh vực (theo trang)")
    public PageView<ProcedureView> list(@QueryParam("field") String field,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return catalog.procedures(field, page, size).map(ProcedureView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Một thủ tục")
    public ProcedureView get(@PathParam("code") String code) {
        return ProcedureView.of(catalog.procedure(code));
    }
}
