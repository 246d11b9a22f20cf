package org.motcua.records.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.records.domain.ArchiveSearch;
import org.motcua.records.domain.ArchiveStatus;
import org.motcua.records.domain.SearchTokens;
import org.motcua.records.service.ArchiveQueryService;
import org.motcua.records.service.audit.AuditLog;

/** Searching the archive: Vietnamese without accents, with filters and pages. */
@Path("/api/v1/dossiers")
@Tag(name = "Lưu trữ", description = "Hồ sơ lưu trữ và dòng thời gian")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class ArchiveSearchResource {

    private static final int MAX_SIZE = 100;

    private final ArchiveQueryService queries;
    private final AuditLog audit;
    private final Caller caller;
    private final SearchTokens tokens;

    ArchiveSearchResource(ArchiveQueryService queries, AuditLog audit, Caller caller, SearchTokens tokens) {
        this.queries = queries;
        this.audit = audit;
        this.caller = caller;
        this.tokens = tokens;
    }

    @GET
    @Operation(summary = "Tìm hồ sơ lưu trữ theo mã, tên người nộp, thủ tục, đơn vị, siêu dữ liệu tài liệu (gõ không dấu"
            + " cũng được); lọc theo đơn vị, lĩnh vực, trạng thái, ngày nộp; mới nhất trước. Tổng số đếm tối đa 1.000 (nhiều hơn: trả 1.000).")
    @SuppressWarnings("java:S107")
    public PageView<ArchivedDossierView> search(
            @QueryParam("q") @Parameter(description = "Từ khóa, ví dụ nguyen van a, dak ha") String q,
            @QueryParam("unitCode") @Parameter(description = "Đơn vị tiếp nhận hoặc xử lý") String unitCode,
            @QueryParam("field") @Parameter(description = "Lĩnh vực") String field,
            @QueryParam("status") String status,
            @QueryParam("from") @Parameter(description = "Nộp từ ngày (yyyy-MM-dd, giờ Việt Nam)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Nộp đến hết ngày (yyyy-MM-dd, giờ Việt Nam)") LocalDate to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0 || page > Paging.MAX_PAGE) {
            problems.add(new FieldProblem("page", "trang từ 0 đến " + Paging.MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "mỗi trang từ 1 đến " + MAX_SIZE + " hồ sơ"));
        }
        if (status != null && !ArchiveStatus.ALL.contains(status)) {
            problems.add(new FieldProblem("status", "trạng thái không có: " + status));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "ngày kết thúc trước ngày bắt đầu"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("bad-search", "Điều kiện tìm kiếm không hợp lệ", problems);
        }
        if (unitCode != null) {
            caller.requireUnit(unitCode);
        }
        ArchiveSearch search = new ArchiveSearch(tokens.words(q), caller.hasProvinceScope() ? null : caller.units(),
                blankToNull(unitCode), blankToNull(field), status,
                from == null ? null : from.atStartOfDay(ProvinceTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant());
        PageView<ArchivedDossierView> found = queries.search(search, page, size).map(d -> ArchivedDossierView.of(d, caller.seesPersonalData()));
        audit.read(caller.name(), AuditLog.Action.ARCHIVE_SEARCHED, "search", null, String.format(
                "q=%s unit=%s field=%s status=%s from=%s to=%s page=%d: %d found", q, unitCode, field, status, from, to, page,
                found.total()));
        return found;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
