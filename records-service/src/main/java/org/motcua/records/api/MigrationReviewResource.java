package org.motcua.records.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.domain.migration.LegacyDossier;
import org.motcua.records.domain.migration.MigrationRefusedException;
import org.motcua.records.domain.migration.MigrationRepository;
import org.motcua.records.service.audit.AuditLog;
import org.motcua.records.service.migration.MigrationService;
import org.motcua.records.service.migration.UnitMapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/** Dossiers of the split commune (Xã Trà Bùi) that no rule placed: a person chooses their new unit. */
@Path("/api/v1/migration-reviews")
@Tag(name = "Chuyển đổi dữ liệu")
@Blocking
public class MigrationReviewResource {

    private final MigrationService service;
    private final MigrationRepository migrations;
    private final UnitMapping oldUnits;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Caller caller;
    private final ObjectMapper json;

    @SuppressWarnings("java:S107")
    MigrationReviewResource(MigrationService service, MigrationRepository migrations, UnitMapping oldUnits,
            UnitDirectory units, AuditLog audit, Caller caller, ObjectMapper json) {
        this.service = service;
        this.migrations = migrations;
        this.oldUnits = oldUnits;
        this.units = units;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Hồ sơ chờ xem xét (OPEN) hoặc đã xếp đơn vị (DECIDED)")
    public PageView<MigrationReviewView> reviews(@QueryParam("status") @DefaultValue("OPEN") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, 200);
        if (!List.of("OPEN", "DECIDED").contains(status)) {
            throw MigrationRefusedException.badValue("status", "Trạng thái phải là OPEN hoặc DECIDED");
        }
        audit.read(caller.name(), AuditLog.Action.MIGRATION_ROWS_READ, "migration-review", null,
                "hồ sơ chờ xem xét " + status + ", trang " + page);
        return QuarkusTransaction.requiringNew().call(() -> migrations.reviews(status, page, size)).map(this::view);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Xếp hồ sơ vào một đơn vị mới: hồ sơ được đưa vào kho lưu trữ tại đơn vị đó")
    public MigrationReviewView decide(@PathParam("id") UUID id, DecideMigrationReviewRequest decision) {
        if (decision == null || decision.unitCode() == null) {
            throw MigrationRefusedException.badValue("unitCode", "Thiếu mã đơn vị mới");
        }
        return view(service.decide(id, decision.unitCode(), caller.name()));
    }

    private MigrationReviewView view(MigrationRepository.Review r) {
        LegacyDossier d;
        try {
            d = json.readValue(r.dossierJson(), LegacyDossier.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a held dossier is always readable", e);
        }
        UnitMapping.OldUnit old = oldUnits.of(r.originalUnitCode());
        return new MigrationReviewView(r.id(), r.system().name(), r.originalCode(), r.migrationId(), r.rowNumber(),
                new MigrationUnitView(r.originalUnitCode(), old == null ? null : old.name()),
                r.candidates().stream().map(c -> new MigrationUnitView(c, units.nameOf(c))).toList(), r.address(), d.applicantName(),
                d.procedureName(), d.receivedAt(), r.status(), r.decidedUnitCode(), r.decidedBy(), r.decidedAt());
    }
}
