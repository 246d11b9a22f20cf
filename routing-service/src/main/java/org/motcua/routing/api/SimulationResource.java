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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.routing.service.ProvinceTwinService;
import org.motcua.routing.twin.DemandModel;
import org.motcua.routing.twin.StaffingAdvisor;
import org.motcua.routing.twin.TwinReport;

/** The province twin: what-if simulations of the province and the staffing that reaches the deadlines. */
@Path("/api/v1")
@Tag(name = "Mô phỏng tỉnh", description = "Mô phỏng cả tỉnh theo chính sách phân công và khuyến nghị biên chế")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class SimulationResource {

    private final ProvinceTwinService twin;
    private final Caller caller;

    SimulationResource(ProvinceTwinService twin, Caller caller) {
        this.twin = twin;
        this.caller = caller;
    }

    /** A scenario: the demand's volume, how long, which staffing, the random seed. */
    public record Scenario(
            @Schema(description = "Số hồ sơ một năm (mặc định 540.000)") @DecimalMin("0") @DecimalMax("5000000")
            Double annualDossiers,
            @Schema(description = "Số ngày làm việc mô phỏng (mặc định 248 = một năm)") @Min(1) @Max(496)
            Integer workingDays,
            @Schema(description = "Biên chế: CURRENT (đang áp dụng) hoặc DEFAULT (mặc định của dữ liệu gốc)")
            ProvinceTwinService.Staffing staffing,
            @Schema(description = "Hạt giống ngẫu nhiên: cùng hạt giống, cùng dòng hồ sơ") Long seed) {
    }

    @POST
    @Path("/simulations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mô phỏng cả tỉnh: hiện trạng (xử lý tại nơi tiếp nhận), chính sách phân công và cận dưới Erlang C")
    public TwinReport simulate(@Valid Scenario scenario) {
        caller.requireUnit(null); // the whole province: province roles only
        Scenario s = scenario != null ? scenario : new Scenario(null, null, null, null);
        return twin.simulate(s.staffing() != null ? s.staffing() : ProvinceTwinService.Staffing.CURRENT,
                s.annualDossiers() != null ? s.annualDossiers() : DemandModel.ANNUAL_DOSSIERS,
                s.workingDays() != null ? s.workingDays() : DemandModel.WORKING_DAYS_PER_YEAR,
                s.seed() != null ? s.seed() : 1L);
    }

    /** The advice's totals and one page of its units. */
    public record Recommendations(
            @Schema(description = "Tỷ lệ hồ sơ trễ hạn tối đa mục tiêu") double lateShare,
            @Schema(description = "Tổng ngày công cần tăng thêm trong năm") double addedStaffDays,
            @Schema(description = "Số cán bộ tăng thêm nhiều nhất trong một tháng") int peakAddedOfficers,
            PageView<StaffingAdvisor.UnitAdvice> units) {
    }

    @GET
    @Path("/staffing/recommendations")
    @Operation(summary = "Khuyến nghị biên chế theo đơn vị, lĩnh vực và tháng để giải quyết đúng hạn (Erlang C), ít ngày công tăng thêm nhất")
    public Recommendations recommendations(
            @QueryParam("annualDossiers") @DefaultValue("540000") @DecimalMin("0") @DecimalMax("5000000") double annualDossiers,
            @QueryParam("lateShare") @DefaultValue("0.001") @DecimalMin(value = "0", inclusive = false)
            @DecimalMax(value = "0.5") double lateShare,
            @QueryParam("staffing") @DefaultValue("CURRENT") ProvinceTwinService.Staffing staffing,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        caller.requireUnit(null);
        StaffingAdvisor.Advice advice = twin.recommendations(staffing, annualDossiers, lateShare);
        var rows = advice.units();
        var pageRows = rows.subList(Math.min(rows.size(), page * size), Math.min(rows.size(), (page + 1) * size));
        return new Recommendations(advice.lateShare(), advice.staffDays(), advice.peakAdded(),
                new PageView<>(pageRows, page, size, rows.size()));
    }
}
