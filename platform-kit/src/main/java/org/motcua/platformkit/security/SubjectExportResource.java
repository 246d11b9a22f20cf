package org.motcua.platformkit.security;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.validation.CitizenId;

import io.smallrye.common.annotation.Blocking;

/**
 * Every service's part of a data subject's export: all it holds about the person with this citizen ID, for the
 * province admin (the citizen ID travels in the body, never in a URL or a log). A service without applicants'
 * personal data says so.
 */
@Path("/api/v1/personal-data/subject-export")
@Tag(name = "Dữ liệu cá nhân", description = "Dữ liệu cá nhân của người nộp: mã hóa khi lưu trữ, trích xuất theo yêu cầu")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROVINCE_ADMIN)
@Blocking
public class SubjectExportResource {

    /** Whose data. */
    public record SubjectRequest(@NotNull @CitizenId String citizenId) {
    }

    /** This service's part of the export. */
    public record SubjectExportView(
            @Schema(description = "Dịch vụ trả lời") String service,
            @Schema(description = "Số định danh đã che", example = "*********234") String citizenIdMasked,
            @Schema(description = "Thời điểm trích xuất (UTC)") Instant exportedAt,
            @Schema(description = "Dữ liệu dịch vụ lưu về người này; null nếu dịch vụ không lưu dữ liệu cá nhân")
            Object holdings,
            String note) {
    }

    private final Instance<SubjectExport> exports;
    private final CitizenIds citizenIds;
    private final Clock clock;
    private final String service;

    SubjectExportResource(Instance<SubjectExport> exports, CitizenIds citizenIds, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.exports = exports;
        this.citizenIds = citizenIds;
        this.clock = clock;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trích xuất mọi dữ liệu dịch vụ này lưu về một người (theo số định danh), cho quản trị tỉnh;"
            + " mỗi lần đọc được ghi nhật ký kiểm toán")
    public SubjectExportView export(@NotNull @Valid SubjectRequest request) {
        Instant now = clock.instant();
        String masked = CitizenIds.mask(request.citizenId());
        if (exports.isUnsatisfied()) {
            return new SubjectExportView(service, masked, now, null,
                    "Dịch vụ này không lưu dữ liệu cá nhân của người nộp");
        }
        return new SubjectExportView(service, masked, now,
                exports.get().holdingsOf(citizenIds.hash(request.citizenId())), null);
    }
}
