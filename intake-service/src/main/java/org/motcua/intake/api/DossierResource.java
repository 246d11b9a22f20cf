package org.motcua.intake.api;

import java.net.URI;
import java.util.List;
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
import org.motcua.intake.domain.Channel;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.service.DossierQueryService;
import org.motcua.intake.service.NewDossier;
import org.motcua.intake.service.SubmitDossierService;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;

/** Submission and reading of dossiers. */
@Path("/api/v1/dossiers")
@Tag(name = "Hồ sơ", description = "Tiếp nhận và tra cứu hồ sơ")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final SubmitDossierService submitService;
    private final DossierQueryService queries;
    private final Caller caller;

    DossierResource(SubmitDossierService submitService, DossierQueryService queries, Caller caller) {
        this.submitService = submitService;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.INTEGRATION })
    @Operation(summary = "Tiếp nhận hồ sơ (quầy một cửa, Cổng DVCQG, bưu chính)")
    public Response submit(@NotNull @Valid SubmitDossierRequest request) {
        caller.requireUnit(request.receivingUnitCode());
        boolean desk = caller.hasRole(Roles.CLERK) && !caller.hasRole(Roles.INTEGRATION);
        Channel defaultChannel = desk ? Channel.COUNTER : Channel.ONLINE;
        List<Channel> allowed = desk ? List.of(Channel.COUNTER, Channel.POSTAL) : List.of(Channel.ONLINE, Channel.POSTAL);
        var applicant = request.applicant();
        Dossier dossier = submitService.submit(new NewDossier(request.procedureCode(), request.receivingUnitCode(),
                request.channel(), applicant.fullName(), applicant.citizenId(), applicant.email(), applicant.phone(),
                request.externalReference()), defaultChannel, allowed, caller.name());
        return Response.created(URI.create("/api/v1/dossiers/" + dossier.id()))
                .entity(DossierView.of(dossier, queries.history(dossier.id())))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
    @Operation(summary = "Xem một hồ sơ đã tiếp nhận")
    public DossierView get(@PathParam("id") UUID id) {
        Dossier dossier = queries.get(id);
        caller.requireUnit(dossier.receivingUnitCode());
        return DossierView.of(dossier, queries.history(id));
    }
}
