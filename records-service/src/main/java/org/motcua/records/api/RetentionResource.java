package org.motcua.records.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.records.domain.RetentionRepository;
import org.motcua.records.domain.RetentionRule;
import org.motcua.records.service.RetentionService;

/** Retention rules and the disposal-candidate list, for the province's archivists. */
@Path("/api/v1/retention")
@Tag(name = "Thời hạn lưu trữ", description = "Quy tắc thời hạn lưu trữ, phong tỏa hồ sơ, danh sách hồ sơ hết hạn lưu trữ")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    private static final int MAX_SIZE = 100;

    private final RetentionService retention;
    private final Caller caller;
    private final Clock clock;

    RetentionResource(RetentionService retention, Caller caller, Clock clock) {
        this.retention = retention;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/rules")
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Các quy tắc thời hạn lưu trữ theo thủ tục hoặc lĩnh vực (không có quy tắc: mặc định theo cấu hình)")
    public PageView<RetentionRuleView> rules(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, MAX_SIZE);
        return retention.rules(page, size).map(RetentionRuleView::of);
    }

    @PUT
    @Path("/rules/{scope}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Đặt thời hạn lưu trữ cho một thủ tục (PROCEDURE, mã thủ tục) hoặc lĩnh vực (FIELD, tên lĩnh vực)")
    public RetentionRuleView set(@PathParam("scope") String scope, @PathParam("key") String key, @NotNull @Valid ChangeRetentionRuleRequest change) {
        return RetentionRuleView.of(retention.set(key(scope, key), change.years(), change.legalBasis(), caller.name()));
    }

    @DELETE
    @Path("/rules/{scope}/{key}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Bỏ một quy tắc thời hạn lưu trữ")
    public void remove(@PathParam("scope") String scope, @PathParam("key") String key) {
        retention.remove(key(scope, key), caller.name());
    }

    @GET
    @Path("/disposal-candidates")
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Hồ sơ đã hết thời hạn lưu trữ tại ngày cho trước (mặc định hôm nay), không bị phong tỏa; kết thúc"
            + " sớm nhất trước; lọc theo lĩnh vực và ngày kết thúc từ")
    public PageView<ArchivedDossierView> disposalCandidates(@QueryParam("asOf") LocalDate asOf,
            @QueryParam("field") String field, @QueryParam("closedFrom") LocalDate closedFrom,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, MAX_SIZE);
        LocalDate day = asOf == null ? ProvinceTime.localDate(clock.instant()) : asOf;
        return retention.disposalCandidates(day.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant(),
                new RetentionRepository.CandidateFilter(field == null || field.isBlank() ? null : field,
                        closedFrom == null ? null : closedFrom.atStartOfDay(ProvinceTime.ZONE).toInstant()), page, size)
                .map(d -> ArchivedDossierView.of(d, caller.seesPersonalData()));
    }

    private static RetentionRule.Key key(String scope, String key) {
        try {
            return new RetentionRule.Key(RetentionRule.Scope.valueOf(scope), key);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("bad-retention-scope", "Phạm vi quy tắc không hợp lệ",
                    List.of(new FieldProblem("scope", "PROCEDURE hoặc FIELD")));
        }
    }
}
