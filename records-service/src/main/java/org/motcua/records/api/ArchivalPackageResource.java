package org.motcua.records.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.service.ArchiveQueryService;
import org.motcua.records.service.archive.ArchivalPackageVerifier;
import org.motcua.records.service.archive.ArchivalPackageWriter;
import org.motcua.records.service.audit.AuditLog;

import io.smallrye.common.annotation.Blocking;

/** Archival packages: a dossier exported as a METS package (zip), and the check of a package received back. */
@Path("/api/v1")
@Tag(name = "Gói lưu trữ", description = "Xuất hồ sơ thành gói lưu trữ (METS, mã băm SHA-256) và kiểm tra gói")
@Blocking
public class ArchivalPackageResource {

    private final ArchiveQueryService queries;
    private final ArchivalPackageWriter writer;
    private final ArchivalPackageVerifier verifier;
    private final AuditLog audit;
    private final Caller caller;
    private final DossierAccess access;

    ArchivalPackageResource(ArchiveQueryService queries, ArchivalPackageWriter writer, ArchivalPackageVerifier verifier,
            AuditLog audit, Caller caller, DossierAccess access) {
        this.access = access;
        this.queries = queries;
        this.writer = writer;
        this.verifier = verifier;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Path("/packages/{id}")
    @Produces("application/zip")
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.LEADER })
    @Operation(summary = "Xuất hồ sơ thành gói lưu trữ: manifest METS, siêu dữ liệu JSON, tài liệu, danh sách mã băm SHA-256")
    public Response export(@PathParam("id") UUID id) {
        access.require(id);
        ArchiveQueryService.DossierRecord record = queries.record(id);
        var timeline = queries.timeline(id);
        audit.read(caller.name(), AuditLog.Action.PACKAGE_EXPORTED, "dossier", id.toString(),
                record.documents().size() + " tài liệu");
        StreamingOutput body = out -> writer.write(record, timeline, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + record.dossier().code() + ".zip\"").build();
    }

    @POST
    @Path("/packages/verification")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Kiểm tra một gói lưu trữ nhận lại: đủ tệp, mã băm khớp, manifest khớp")
    public ArchivalPackageVerifier.Report verify(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new RuleViolationException("package-missing", "Thiếu tệp gói lưu trữ",
                    List.of(new FieldProblem("file", "phần \"file\" của biểu mẫu là bắt buộc")));
        }
        return verifier.verify(file.uploadedFile());
    }
}
