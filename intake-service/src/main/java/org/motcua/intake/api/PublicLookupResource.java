package org.motcua.intake.api;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.intake.service.DossierQueryService;
import org.motcua.platformkit.security.RateLimiter;

import io.vertx.core.http.HttpServerRequest;

/** Tra cứu tình trạng hồ sơ: anyone with a dossier code, no login, rate-limited, no personal data. */
@Path("/api/v1/public/dossiers")
@Tag(name = "Tra cứu công khai", description = "Tra cứu tình trạng hồ sơ theo mã, không cần đăng nhập")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicLookupResource {

    private final DossierQueryService queries;
    private final RateLimiter limiter;

    PublicLookupResource(DossierQueryService queries, Clock clock) {
        this.queries = queries;
        this.limiter = new RateLimiter(30, Duration.ofMinutes(1), 100_000, clock);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Tình trạng hồ sơ theo mã số hồ sơ (tối đa 30 lần/phút mỗi địa chỉ)")
    public PublicStatusView status(@PathParam("code") String code, @Context HttpServerRequest request) {
        limiter.acquire(request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        DossierQueryService.PublicStatus status = queries.publicStatus(code);
        return new PublicStatusView(status.code(), status.procedureName(), status.status(), status.statusText(),
                status.receivingUnit(), status.receivedAt(), status.dueAt(), status.dueAtProvisional());
    }

}
