package org.motcua.intake.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.intake.service.DossierQueryService;

/**
 * Tra cứu tình trạng hồ sơ: anyone with a dossier code, no login, no personal data; rate-limited per address like
 * every public endpoint (platform-kit {@code RateLimits}).
 */
@Path("/api/v1/public/dossiers")
@Tag(name = "Tra cứu công khai", description = "Tra cứu tình trạng hồ sơ theo mã, không cần đăng nhập")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicLookupResource {

    private final DossierQueryService queries;

    PublicLookupResource(DossierQueryService queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Tình trạng hồ sơ theo mã số hồ sơ (tối đa 30 lần/phút mỗi địa chỉ)")
    public PublicStatusView status(@PathParam("code") String code) {
        DossierQueryService.PublicStatus status = queries.publicStatus(code);
        return new PublicStatusView(status.code(), status.procedureName(), status.status(), status.statusText(),
                status.receivingUnit(), status.receivedAt(), status.dueAt(), status.dueAtProvisional());
    }

}
