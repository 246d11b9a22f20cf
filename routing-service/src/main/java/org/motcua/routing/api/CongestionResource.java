package org.motcua.routing.api;

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
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.routing.service.CongestionService;

/** Where dossiers pile up: the province's congestion view, per unit and field. */
@Path("/api/v1/congestion")
@Tag(name = "Ùn tắc", description = "Khối lượng hồ sơ tồn, năng lực và thời gian giải quyết hết theo đơn vị, lĩnh vực")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class CongestionResource {

    private final CongestionService congestion;
    private final Caller caller;
    private final UnitDirectory names;

    CongestionResource(CongestionService congestion, Caller caller, UnitDirectory names) {
        this.names = names;
        this.congestion = congestion;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Mọi đơn vị: lĩnh vực đang tồn hồ sơ, ùn tắc nhất trước, rồi các đơn vị không tồn hồ sơ"
            + " (cả tỉnh, hoặc một đơn vị)")
    public PageView<CongestionView> congestion(@QueryParam("unit") String unitCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        caller.requireUnit(unitCode); // without a unit: the whole province, province roles only
        return congestion.rows(unitCode, page, size).map(r -> CongestionView.of(r, names));
    }

    @GET
    @Path("/{unit}/history")
    @Operation(summary = "Diễn biến ùn tắc của một đơn vị theo ngày (tối đa 35 ngày gần nhất)")
    public List<CongestionDayView> history(@PathParam("unit") String unitCode,
            @QueryParam("days") @DefaultValue("14") @Min(1) @Max(35) int days) {
        caller.requireUnit(unitCode);
        return congestion.history(unitCode, days).stream().map(CongestionDayView::of).toList();
    }
}
