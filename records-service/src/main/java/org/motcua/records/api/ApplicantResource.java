package org.motcua.records.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.CitizenIds;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.domain.ApplicantResult;
import org.motcua.records.service.ArchiveQueryService;
import org.motcua.records.service.ResultReuseService;
import org.motcua.records.service.audit.AuditLog;

import io.quarkus.security.ForbiddenException;

/**
 * The applicant's data store (kho dữ liệu điện tử): results of earlier dossiers that a desk anywhere in the province
 * may reuse instead of asking for them again (once-only) — for a dossier it is receiving or processing, of that
 * dossier's applicant, and only what that dossier may reuse ({@link ResultReuseService}). An auditor may read an
 * applicant's whole store. Found by the applicant's reference (the keyed hash of the citizen ID), or by the
 * citizen ID in a request body (never in a URL, which servers log). Every lookup is written to the audit log.
 */
@Path("/api/v1/applicants")
@Tag(name = "Kho dữ liệu điện tử", description = "Kết quả giải quyết của người nộp, dùng lại cho hồ sơ đang tiếp nhận")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
public class ApplicantResource {

    private static final int MAX_SIZE = 100;

    private final ArchiveQueryService queries;
    private final ResultReuseService reuse;
    private final DossierAccess access;
    private final CitizenIds citizenIds;
    private final AuditLog audit;
    private final Caller caller;

    ApplicantResource(ArchiveQueryService queries, ResultReuseService reuse, DossierAccess access, CitizenIds citizenIds,
            AuditLog audit, Caller caller) {
        this.queries = queries;
        this.reuse = reuse;
        this.access = access;
        this.citizenIds = citizenIds;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Path("/{ref}/results")
    @Operation(summary = "Kết quả giải quyết đã có của người nộp (theo mã ẩn danh) mà hồ sơ đang tiếp nhận được dùng lại,"
            + " mới nhất trước")
    public PageView<ApplicantResult> results(@PathParam("ref") String ref,
            @QueryParam("dossierId") @Parameter(description = "Hồ sơ đang tiếp nhận hoặc giải quyết của người nộp này;"
                    + " bắt buộc trừ kiểm toán viên") UUID dossierId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        if (!ref.matches("[0-9a-f]{64}")) {
            throw new RuleViolationException("bad-applicant-reference", "Mã người nộp không hợp lệ",
                    List.of(new FieldProblem("ref", "mã ẩn danh gồm 64 ký tự 0-9a-f")));
        }
        return page(ref, dossierId, page, size);
    }

    @POST
    @Path("/results-lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kết quả giải quyết đã có của người nộp mà hồ sơ đang tiếp nhận được dùng lại, tra theo số định"
            + " danh cá nhân (gửi trong nội dung yêu cầu)")
    public PageView<ApplicantResult> lookUp(@NotNull @Valid ResultsLookupRequest lookup, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return page(citizenIds.hash(lookup.citizenId()), lookup.dossierId(), page, size);
    }

    private PageView<ApplicantResult> page(String reference, UUID dossierId, int page, int size) {
        Paging.check(page, size, MAX_SIZE);
        PageView<ApplicantResult> results;
        if (dossierId != null) {
            try {
                access.require(dossierId);
                results = reuse.forDossier(dossierId, reference, page, size);
            } catch (ResourceNotFoundException | ForbiddenException refused) {
                // a refused lookup of a person's data is kept too: who tried, for which dossier
                audit.read(caller.name(), AuditLog.Action.APPLICANT_RESULTS_READ, "applicant", reference,
                        "từ chối cho hồ sơ " + dossierId);
                throw refused;
            }
        } else if (caller.hasRole(Roles.AUDITOR)) {
            results = queries.results(reference, page, size);
        } else {
            throw new RuleViolationException("dossier-required", "Cần hồ sơ đang tiếp nhận",
                    List.of(new FieldProblem("dossierId", "kết quả chỉ được dùng lại cho một hồ sơ đang tiếp nhận hoặc"
                            + " giải quyết của chính người nộp")));
        }
        audit.read(caller.name(), AuditLog.Action.APPLICANT_RESULTS_READ, "applicant", reference,
                results.total() + " kết quả" + (dossierId == null ? " (kiểm toán)" : " cho hồ sơ " + dossierId));
        return results;
    }
}
