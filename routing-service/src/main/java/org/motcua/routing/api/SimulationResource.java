package org.motcua.routing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.security.Roles;
import org.motcua.routing.domain.twin.DemandModel;
import org.motcua.routing.domain.twin.StaffingAdvisor;
import org.motcua.routing.domain.twin.TwinReport;
import org.motcua.routing.service.ProvinceTwinService;

/** The province twin: what-if simulations of the province and the staffing that reaches the deadlines. */
@Path("/api/v1")
@Tag(name = "Mô phỏng tỉnh", description = "Mô phỏng cả tỉnh theo chính sách phân công và khuyến nghị biên chế")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class SimulationResource {

    private final ProvinceTwinService twin;

    SimulationResource(ProvinceTwinService twin) {
        this.twin = twin;
    }

    @POST
    @Path("/simulations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mô phỏng cả tỉnh: hiện trạng (xử lý tại nơi tiếp nhận), chính sách phân công và cận dưới Erlang C")
    public TwinReport simulate(@Valid SimulationRequest scenario) {
        SimulationRequest s = scenario != null ? scenario : new SimulationRequest(null, null, null, null);
        return twin.simulate(s.staffing() != null ? s.staffing() : ProvinceTwinService.Staffing.CURRENT,
                s.annualDossiers() != null ? s.annualDossiers() : DemandModel.ANNUAL_DOSSIERS,
                s.workingDays() != null ? s.workingDays() : DemandModel.WORKING_DAYS_PER_YEAR,
                s.seed() != null ? s.seed() : 1L);
    }

    @GET
    @Path("/staffing/recommendations")
    @Operation(summary = "Khuyến nghị biên chế theo đơn vị, lĩnh vực và tháng để giải quyết đúng hạn (Erlang C), ít ngày công tăng thêm nhất")
    public StaffingRecommendationsView recommendations(
            @QueryParam("annualDossiers") @DefaultValue("540000") @DecimalMin("0") @DecimalMax("5000000") double annualDossiers,
            @QueryParam("lateShare") @DefaultValue("0.001") @DecimalMin(value = "0", inclusive = false)
            @DecimalMax(value = "0.5") double lateShare,
            @QueryParam("staffing") @DefaultValue("CURRENT") ProvinceTwinService.Staffing staffing,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        StaffingAdvisor.Advice advice = twin.recommendations(staffing, annualDossiers, lateShare);
        var rows = advice.units();
        var pageRows = rows.subList(Math.min(rows.size(), page * size), Math.min(rows.size(), (page + 1) * size));
        return new StaffingRecommendationsView(advice.lateShare(), advice.staffDays(), advice.peakAdded(),
                new PageView<>(pageRows, page, size, rows.size()));
    }
}
