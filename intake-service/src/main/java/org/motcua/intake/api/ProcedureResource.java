package org.motcua.intake.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.motcua.intake.domain.CompetenceRule;
import org.motcua.intake.domain.ProcedureDefinition;
import org.motcua.intake.domain.Registry;
import org.motcua.intake.service.CatalogQueryService;
import org.motcua.intake.service.CatalogService;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.deadline.LegalTimeUnit;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;

/** The versioned procedure catalog. */
@Path("/api/v1/procedures")
@Tag(name = "Thủ tục", description = "Danh mục thủ tục hành chính")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
public class ProcedureResource {

    private final CatalogQueryService queries;
    private final CatalogService catalog;
    private final Caller caller;

    ProcedureResource(CatalogQueryService queries, CatalogService catalog, Caller caller) {
        this.queries = queries;
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Tìm thủ tục theo tên hoặc mã (không cần gõ dấu), lĩnh vực, cấp thẩm quyền (theo trang)")
    public PageView<ProcedureView> search(@QueryParam("q") String text, @QueryParam("field") String field,
            @QueryParam("level") @Pattern(regexp = "COMMUNE|PROVINCE", message = "phải là COMMUNE hoặc PROVINCE") String level,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return queries.procedures(text, field, level, page, size).map(ProcedureView::summary);
    }

    @GET
    @Path("/fields")
    @Operation(summary = "Các lĩnh vực của danh mục")
    public List<String> fields() {
        return queries.fields();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Một thủ tục (phiên bản hiện hành) với thành phần hồ sơ")
    public ProcedureView get(@PathParam("code") String code) {
        return ProcedureView.detail(queries.procedure(code));
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(summary = "Một phiên bản của thủ tục (phiên bản hồ sơ được tiếp nhận)")
    public ProcedureView version(@PathParam("code") String code, @PathParam("version") int version) {
        return ProcedureView.detail(queries.procedure(code, version));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Thêm hoặc sửa thủ tục (tạo phiên bản mới); từ chối yêu cầu nộp giấy tờ đã có trong CSDL quốc gia")
    public ProcedureView define(
            @PathParam("code") @Pattern(regexp = "[0-9A-Za-z.\\-]{1,40}", message = "mã thủ tục không hợp lệ") String code,
            @NotNull @Valid DefineProcedureRequest request) {
        CompetenceRule rule = CompetenceRule.valueOf(request.competenceRule());
        if (rule == CompetenceRule.PROVINCIAL_AGENCY && (request.competentAgency() == null
                || request.competentAgency().isBlank())) {
            throw new RuleViolationException("agency-required", "Cần tên cơ quan cấp tỉnh có thẩm quyền",
                    List.of(new FieldProblem("competentAgency", "bắt buộc khi competenceRule là PROVINCIAL_AGENCY")));
        }
        ProcedureDefinition definition = new ProcedureDefinition(request.name().trim(), request.field().trim(),
                request.competentAuthority(), rule, request.competentAgency(),
                new LegalTime(request.legalTime().amount(), LegalTimeUnit.valueOf(request.legalTime().unit())),
                request.remoteLegalTimeAmount(), request.legalTime().amount() + " " + request.legalTime().unit(),
                request.feeText(), request.effortHours(), "Do quản trị tỉnh khai báo", code.startsWith("LOCAL."),
                request.requiredDocuments().stream().map(d -> new ProcedureDefinition.Document(d.name().trim(),
                        d.replacedBy() == null ? List.of() : d.replacedBy().stream().map(Registry::valueOf).toList(),
                        d.legalBasis())).toList());
        return ProcedureView.detail(catalog.defineByAdmin(code, definition, caller.name()));
    }
}
