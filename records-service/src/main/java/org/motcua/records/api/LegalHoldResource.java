package org.motcua.records.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.service.RetentionService;

/**
 * Legal hold (phong tỏa): a dossier under hold is kept whatever its retention says. The province admin places and
 * lifts it (on an inspector's request, among others); the auditor sees it in the dossier and its timeline.
 */
@Path("/api/v1/dossiers/{id}/legal-hold")
@Tag(name = "Thời hạn lưu trữ", description = "Quy tắc thời hạn lưu trữ, phong tỏa hồ sơ, danh sách hồ sơ hết hạn lưu trữ")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class LegalHoldResource {

    private final RetentionService retention;
    private final Caller caller;

    LegalHoldResource(RetentionService retention, Caller caller) {
        this.retention = retention;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Phong tỏa hồ sơ: không đưa vào danh sách hủy dù đã hết thời hạn lưu trữ")
    public LegalHoldView hold(@PathParam("id") UUID id, @NotNull @Valid LegalHoldRequest hold) {
        return LegalHoldView.of(retention.hold(id, hold.reason(), caller.name()));
    }

    @DELETE
    @Operation(summary = "Gỡ phong tỏa hồ sơ")
    public LegalHoldView release(@PathParam("id") UUID id) {
        return LegalHoldView.of(retention.release(id, caller.name()));
    }
}
