package org.motcua.routing.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.service.ControlSheetService;
import org.motcua.routing.service.ProcessDossierService;

/** What officers do with a dossier, as intentions, and its process control sheet (Mẫu 06). */
@Path("/api/v1")
@Tag(name = "Xử lý hồ sơ", description = "Nhận xử lý, chuyển, yêu cầu bổ sung, quyết định, trả kết quả")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessingResource {

    private static final String PDF = "application/pdf";

    private final ProcessDossierService process;
    private final ControlSheetService controlSheets;
    private final Caller caller;

    ProcessingResource(ProcessDossierService process, ControlSheetService controlSheets, Caller caller) {
        this.process = process;
        this.controlSheets = controlSheets;
        this.caller = caller;
    }

    @POST
    @Path("/dossiers/{id}/accept")
    @RolesAllowed({ Roles.OFFICER, Roles.LEADER })
    @Operation(summary = "Cán bộ của đơn vị xử lý nhận hồ sơ để xử lý")
    public AssignmentView accept(@PathParam("id") UUID id) {
        return view(process.accept(id, caller));
    }

    @POST
    @Path("/dossiers/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.LEADER })
    @Operation(summary = "Chuyển hồ sơ sang đơn vị có thẩm quyền khác, nêu lý do")
    public AssignmentView transfer(@PathParam("id") UUID id, @NotNull @Valid TransferRequest request) {
        return view(process.transfer(id, request.toUnitCode(), request.reason().trim(), caller));
    }

    @POST
    @Path("/dossiers/{id}/supplementation-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.LEADER })
    @Operation(summary = "Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) — một lần; dừng tính thời hạn")
    public AssignmentView requestSupplementation(@PathParam("id") UUID id,
            @NotNull @Valid SupplementationRequest request) {
        return view(process.requestSupplementation(id, request.reasons(), caller));
    }

    @POST
    @Path("/dossiers/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.LEADER })
    @Operation(summary = "Giải quyết (có số kết quả) hoặc từ chối (có lý do — Mẫu 03)")
    public AssignmentView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return view(process.decide(id, request.outcome(), request.resultReference(), request.reasons(),
                caller));
    }

    @POST
    @Path("/dossiers/{id}/result-return")
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER })
    @Operation(summary = "Trả kết quả cho người nộp")
    public AssignmentView returnResult(@PathParam("id") UUID id) {
        return view(process.returnResult(id, caller));
    }

    @POST
    @Path("/dossiers/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.LEADER })
    @Operation(summary = "Xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) — một lần, ngày mới sau ngày hẹn")
    public AssignmentView extend(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest request) {
        return view(process.extend(id, request.newDueDate(), request.reason().trim(), caller));
    }

    @GET
    @Path("/dossiers/{id}/control-sheet")
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)")
    public ControlSheetView controlSheet(@PathParam("id") UUID id) {
        return ControlSheetView.of(controlSheets.of(id, caller));
    }

    @GET
    @Path("/dossiers/{id}/control-sheet")
    @Produces(PDF)
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06) để in, PDF (Accept: application/pdf)")
    public Response controlSheetPaper(@PathParam("id") UUID id) {
        ControlSheetService.Sheet sheet = controlSheets.of(id, caller);
        return Response.ok(ControlSheetPaper.render(sheet), PDF).header("Content-Disposition",
                "inline; filename=\"phieu-kiem-soat-" + sheet.assignment().dossierCode() + ".pdf\"").build();
    }

    private AssignmentView view(Assignment assignment) {
        return AssignmentView.of(assignment, process.actionsFor(assignment, caller));
    }
}
