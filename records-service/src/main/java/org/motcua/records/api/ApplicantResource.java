package org.motcua.records.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.CitizenIds;
import org.motcua.platformkit.security.Roles;
import org.motcua.platformkit.validation.CitizenId;
import org.motcua.records.audit.AuditLog;
import org.motcua.records.domain.ApplicantResult;
import org.motcua.records.service.ArchiveQueryService;

/**
 * The applicant's data store (kho dữ liệu điện tử): results of earlier dossiers that a desk anywhere in the
 * province may reuse instead of asking for them again. Found by the applicant's reference (the keyed hash
 * of the citizen ID), or by the citizen ID in a request body (never in a URL, which servers log).
 */
@Path("/api/v1/applicants")
@Tag(name = "Kho dữ liệu điện tử", description = "Kết quả giải quyết của người nộp, dùng lại cho hồ sơ sau")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
public class ApplicantResource {

    private static final int MAX_SIZE = 100;

    private final ArchiveQueryService queries;
    private final CitizenIds citizenIds;
    private final AuditLog audit;
    private final Caller caller;

    ApplicantResource(ArchiveQueryService queries, CitizenIds citizenIds, AuditLog audit, Caller caller) {
        this.queries = queries;
        this.citizenIds = citizenIds;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Path("/{ref}/results")
    @Operation(summary = "Kết quả giải quyết đã có của người nộp (theo mã ẩn danh), mới nhất trước")
    public PageView<ApplicantResult> results(@PathParam("ref") String ref, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (!ref.matches("[0-9a-f]{64}")) {
            throw new RuleViolationException("bad-applicant-reference", "Mã người nộp không hợp lệ",
                    List.of(new FieldProblem("ref", "mã ẩn danh gồm 64 ký tự 0-9a-f")));
        }
        return page(ref, page, size);
    }

    /** The citizen ID whose results are asked for. */
    @Schema(name = "ApplicantLookup")
    public record Lookup(@NotBlank @CitizenId String citizenId) {
    }

    @POST
    @Path("/results-lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kết quả giải quyết đã có của người nộp, tra theo số định danh cá nhân (gửi trong nội dung yêu cầu)")
    public PageView<ApplicantResult> lookUp(@Valid Lookup lookup, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return page(citizenIds.hash(lookup.citizenId()), page, size);
    }

    private PageView<ApplicantResult> page(String reference, int page, int size) {
        Paging.check(page, size, MAX_SIZE);
        PageView<ApplicantResult> results = queries.results(reference, page, size);
        audit.read(caller.name(), AuditLog.Action.APPLICANT_RESULTS_READ, "applicant", reference,
                results.total() + " kết quả");
        return results;
    }
}
