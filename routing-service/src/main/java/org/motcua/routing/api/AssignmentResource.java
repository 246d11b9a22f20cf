package org.motcua.routing.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.AssignmentRepository;
import org.motcua.routing.domain.AssignmentStatus;
import org.motcua.routing.service.ProcessDossierService;
import org.motcua.routing.service.QueueQueryService;

/** Assignments of dossiers and the work queues of units. */
@Path("/api/v1")
@Tag(name = "Phân công", description = "Đơn vị xử lý hồ sơ và hàng đợi công việc")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class AssignmentResource {

    private final QueueQueryService queries;
    private final ProcessDossierService process;
    private final Caller caller;

    AssignmentResource(QueueQueryService queries, ProcessDossierService process, Caller caller) {
        this.queries = queries;
        this.process = process;
        this.caller = caller;
    }

    @GET
    @Path("/dossiers/{id}/assignment")
    @Operation(summary = "Đơn vị xử lý của một hồ sơ và lý do")
    public AssignmentView assignment(@PathParam("id") UUID dossierId) {
        Assignment assignment = queries.assignment(dossierId);
        caller.requireVisible(Assignment.NAME, dossierId, assignment.unitsConcerned());
        return AssignmentView.of(assignment, process.actionsFor(assignment, caller));
    }

    @GET
    @Path("/units/{code}/queue")
    @Operation(summary = "Hàng đợi hồ sơ của một đơn vị: hạn sớm nhất trước, với thời gian còn lại và dự báo (theo trang)")
    public PageView<QueueItemView> queue(@PathParam("code") String unitCode,
            @Parameter(description = "Chỉ hồ sơ của thủ tục này") @QueryParam("procedure") @Size(max = 40) String procedure,
            @Parameter(description = "Chỉ hồ sơ QUEUED (chờ nhận) hoặc IN_PROGRESS (đang xử lý)") @QueryParam("status")
            @Pattern(regexp = "QUEUED|IN_PROGRESS", message = "phải là QUEUED hoặc IN_PROGRESS") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        caller.requireUnit(unitCode);
        return queries.queue(unitCode, new AssignmentRepository.QueueFilter(blankToNull(procedure),
                status == null || status.isBlank() ? null : AssignmentStatus.valueOf(status)), page, size)
                .map(QueueItemView::of);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
