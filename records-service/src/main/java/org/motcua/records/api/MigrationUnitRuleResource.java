package org.motcua.records.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.domain.migration.MigrationRefusedException;
import org.motcua.records.domain.migration.MigrationRepository;
import org.motcua.records.domain.migration.UnitRules;
import org.motcua.records.service.migration.MigrationService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/**
 * Rules that place the dossiers of a split commune by the applicant's address, so that fewer wait for review. The
 * mapping's source does not say which villages went where: the province sets the rules.
 */
@Path("/api/v1/migration-unit-rules")
@Tag(name = "Chuyển đổi dữ liệu")
@Blocking
public class MigrationUnitRuleResource {

    private final MigrationService service;
    private final MigrationRepository migrations;
    private final Caller caller;

    MigrationUnitRuleResource(MigrationService service, MigrationRepository migrations, Caller caller) {
        this.service = service;
        this.migrations = migrations;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Quy tắc xếp đơn vị cho hồ sơ của xã được chia, theo mã xã cũ")
    public java.util.Map<String, List<MigrationUnitRuleView>> rules() {
        java.util.Map<String, List<MigrationUnitRuleView>> all = new java.util.TreeMap<>();
        QuarkusTransaction.requiringNew().call(migrations::rules).byOldUnit()
                .forEach((unit, rules) -> all.put(unit, rules.stream()
                        .map(r -> new MigrationUnitRuleView(r.addressKeyword(), r.newUnitCode())).toList()));
        return all;
    }

    @PUT
    @Path("/{originalUnitCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Thay các quy tắc của một xã cũ được chia (áp dụng cho các lần nhập sau)")
    public List<MigrationUnitRuleView> replace(@PathParam("originalUnitCode") String originalUnitCode, List<MigrationUnitRuleView> rules) {
        if (rules == null) {
            throw MigrationRefusedException.badValue("rules", "Thiếu danh sách quy tắc");
        }
        if (rules.contains(null)) {
            throw MigrationRefusedException.badValue("rules", "Danh sách quy tắc có phần tử rỗng");
        }
        return service.replaceRules(originalUnitCode, rules.stream()
                .map(r -> new UnitRules.Rule(originalUnitCode, r.addressKeyword() == null ? null : r.addressKeyword().strip(),
                        r.newUnitCode())).toList(), caller.name())
                .stream().map(r -> new MigrationUnitRuleView(r.addressKeyword(), r.newUnitCode())).toList();
    }
}
