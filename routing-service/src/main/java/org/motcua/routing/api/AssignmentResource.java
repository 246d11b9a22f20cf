package org.motcua.routing.api;

import java.util.UUID;

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
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.service.QueueQueryService;

/** Assignments of dossiers and the work queues of units. */
@Path("/api/v1")
@Tag(name = "Phân công", description = "Đơn vị xử lý hồ sơ và hàng đợi công việc")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class AssignmentResource {

    private final QueueQueryService queries;
    private final Caller caller;

    AssignmentResource(QueueQueryService queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Path("/dossiers/{id}/assignment")
    @Operation(summary = "Đơn vị xử lý của một hồ sơ và lý do")
    public AssignmentView assignment(@PathParam("id") UUID dossierId) {
        Assignment assignment = queries.assignment(dossierId);
        caller.requireUnit(assignment.receivingUnitCode(), assignment.processingUnitCode());
        return AssignmentView.of(assignment);
    }

    @GET
    @Path("/units/{code}/queue")
    @Operation(summary = "Hàng đợi hồ sơ của một đơn vị: hạn sớm nhất trước, với thời gian còn lại và dự báo (theo trang)")
    public PageView<QueueItemView> queue(@PathParam("code") String unitCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        caller.requireUnit(unitCode);
        return queries.queue(unitCode, page, size).map(QueueItemView::of);
    }
}
