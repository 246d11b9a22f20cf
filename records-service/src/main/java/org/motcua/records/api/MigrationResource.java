package org.motcua.records.api;

import java.time.Clock;
import java.util.Locale;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.domain.migration.ExportFormat;
import org.motcua.records.domain.migration.Migration;
import org.motcua.records.domain.migration.MigrationRefusedException;
import org.motcua.records.domain.migration.MigrationRepository;
import org.motcua.records.domain.migration.SourceSystem;
import org.motcua.records.service.audit.AuditLog;
import org.motcua.records.service.migration.MigrationService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/** Imports of the pre-merger systems' exports: start or resume, progress, reconciliation, rejected rows. */
@Path("/api/v1/migrations")
@Tag(name = "Chuyển đổi dữ liệu", description = "Nhập dữ liệu hồ sơ của hệ thống Quảng Ngãi và Kon Tum trước sáp nhập")
@Blocking
public class MigrationResource {

    private final MigrationService service;
    private final MigrationRepository migrations;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock;

    MigrationResource(MigrationService service, MigrationRepository migrations, AuditLog audit, Caller caller, Clock clock) {
        this.service = service;
        this.migrations = migrations;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Nhập một tệp xuất (CSV hoặc JSON Lines) của hệ thống cũ; chạy nền. Gửi lại cùng tệp khi lô"
            + " chưa xong thì lô đó tiếp tục từ điểm dừng (200); lô mới trả 202")
    public Response start(@RestForm("file") FileUpload file, @RestForm("system") String system,
            @RestForm("format") String format) {
        if (file == null || file.uploadedFile() == null) {
            throw MigrationRefusedException.badValue("file", "phần \"file\" của biểu mẫu là bắt buộc");
        }
        SourceSystem sourceSystem = SourceSystem.of(system).orElseThrow(() -> MigrationRefusedException.badValue("system",
                "Hệ thống cũ phải là một trong: " + SourceSystem.codes()));
        ExportFormat exportFormat = format == null || format.isBlank() ? formatOf(file.fileName()) : ExportFormat.of(format);
        if (exportFormat == null) {
            throw MigrationRefusedException.badValue("format", "Định dạng phải là CSV hoặc JSON (JSON Lines)");
        }
        MigrationService.Started started = service.start(new MigrationService.Upload(file.uploadedFile(),
                fileName(file.fileName()), sourceSystem, exportFormat, caller.name()));
        Migration migration = service.get(started.migration().id());
        return Response.status(started.resumed() ? Response.Status.OK : Response.Status.ACCEPTED)
                .header("Location", "/api/v1/migrations/" + migration.id())
                .entity(MigrationView.of(migration, clock.instant())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Các lô chuyển đổi, mới nhất trước")
    public PageView<MigrationView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size, 100);
        return QuarkusTransaction.requiringNew().call(() -> migrations.page(page, size))
                .map(m -> MigrationView.of(m, clock.instant()));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Tiến độ của một lô: số dòng đã đọc, kết quả từng loại, tốc độ")
    public MigrationView migration(@PathParam("id") UUID id) {
        return MigrationView.of(service.get(id), clock.instant());
    }

    @GET
    @Path("/{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Biên bản đối chiếu: đọc, nhập mới, gộp, đã có, chờ xem xét, từ chối (theo lý do)")
    public ReconciliationView report(@PathParam("id") UUID id) {
        Migration migration = service.get(id);
        return QuarkusTransaction.requiringNew().call(() -> ReconciliationView.of(MigrationView.of(migration, clock.instant()),
                migration, migrations.rejectionsByReason(id), migrations.reviewsOf(id)));
    }

    @GET
    @Path("/{id}/rejections")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Các dòng bị từ chối của lô, với lý do (số định danh trong dòng đã được che)")
    public PageView<MigrationRepository.Rejection> rejections(@PathParam("id") UUID id, @QueryParam("reason") String reason,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, 500);
        service.get(id);
        audit.read(caller.name(), AuditLog.Action.MIGRATION_ROWS_READ, "migration", id.toString(),
                "dòng bị từ chối, trang " + page + (reason == null ? "" : ", lý do " + reason));
        return QuarkusTransaction.requiringNew().call(() -> migrations.rejections(id, reason, page, size));
    }

    private static ExportFormat formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? ExportFormat.CSV : name.endsWith(".json") || name.endsWith(".jsonl") ? ExportFormat.JSON
                : null;
    }

    private static String fileName(String name) {
        return name == null || name.isBlank() ? null : name.length() > 300 ? name.substring(0, 300) : name;
    }
}
