package org.motcua.records.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.service.ArchiveQueryService;
import org.motcua.records.service.audit.AuditLog;

/** The archived dossier and its timeline. */
@Path("/api/v1/dossiers/{id}")
@Tag(name = "Lưu trữ", description = "Hồ sơ lưu trữ và dòng thời gian")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class ArchiveResource {

    private final ArchiveQueryService queries;
    private final AuditLog audit;
    private final Caller caller;
    private final DossierAccess access;

    ArchiveResource(ArchiveQueryService queries, AuditLog audit, Caller caller, DossierAccess access) {
        this.queries = queries;
        this.audit = audit;
        this.caller = caller;
        this.access = access;
    }

    @GET
    @Operation(summary = "Hồ sơ lưu trữ đầy đủ: thông tin, thành phần hồ sơ (kể cả dữ liệu lấy từ CSDL quốc gia), tài liệu,"
            + " kết quả giải quyết")
    public ArchivedDossierView dossier(@PathParam("id") UUID id) {
        access.require(id);
        ArchivedDossierView view = ArchivedDossierView.of(queries.record(id), caller.seesPersonalData());
        audit.read(caller.name(), AuditLog.Action.DOSSIER_READ, "dossier", id.toString(), "hồ sơ");
        return view;
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Dòng thời gian của hồ sơ, theo thứ tự xảy ra")
    public List<TimelineEntryView> timeline(@PathParam("id") UUID id) {
        access.require(id);
        audit.read(caller.name(), AuditLog.Action.DOSSIER_READ, "dossier", id.toString(), "dòng thời gian");
        return queries.timeline(id).stream().map(TimelineEntryView::of).toList();
    }
}
