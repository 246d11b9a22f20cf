package org.motcua.records.api;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.PathPart;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.domain.Document;
import org.motcua.records.service.DocumentService;
import org.motcua.records.service.audit.AuditLog;

import io.smallrye.common.annotation.Blocking;

/** Digitized documents: upload (streamed to disk, checked, kept once per content), metadata and content. */
@Path("/api/v1/documents")
@Tag(name = "Tài liệu", description = "Tài liệu số hóa: tải lên, siêu dữ liệu, nội dung")
@Blocking
public class DocumentResource {

    private final DocumentService documents;
    private final AuditLog audit;
    private final Caller caller;
    private final DossierAccess access;

    DocumentResource(DocumentService documents, AuditLog audit, Caller caller, DossierAccess access) {
        this.access = access;
        this.documents = documents;
        this.audit = audit;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.PROVINCE_ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Tải lên một tài liệu số hóa (PDF, PNG, TIFF, JPEG; tối đa 50 MB) kèm siêu dữ liệu")
    public Response upload(@RestForm("file") FileUpload file,
            @RestForm("metadata") @PartType(MediaType.APPLICATION_JSON) ArchivalMetadataView metadata,
            @RestForm("dossierId") UUID dossierId, @RestForm("unitCode") String unitCode) {
        if (file == null || file.uploadedFile() == null) {
            throw new RuleViolationException("document-missing", "Thiếu tệp tài liệu",
                    List.of(new FieldProblem("file", "phần \"file\" của biểu mẫu là bắt buộc")));
        }
        if (dossierId != null) {
            access.require(dossierId); // a scan joins only a dossier of the caller's units
        }
        DocumentService.Kept kept = documents.upload(new DocumentService.Upload(file.uploadedFile(), fileName(file),
                file.contentType(), dossierId, unitOfUpload(unitCode), caller.name(),
                (metadata == null ? ArchivalMetadataView.NONE : metadata).toDomain()));
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/v1/documents/" + kept.document().id())
                .entity(DocumentView.of(kept.document(), kept.contentKeptBefore())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
    @Operation(summary = "Siêu dữ liệu và đặc tính của một tài liệu")
    public DocumentView document(@PathParam("id") UUID id) {
        DocumentView view = DocumentView.of(visible(id), null);
        audit.read(caller.name(), AuditLog.Action.DOCUMENT_READ, "document", id.toString(), "siêu dữ liệu");
        return view;
    }

    @GET
    @Path("/{id}/content")
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
    @Operation(summary = "Nội dung tài liệu (hỗ trợ tải từng đoạn với tiêu đề Range)")
    public Response content(@PathParam("id") UUID id, @HeaderParam("Range") String range) {
        Document document = visible(id);
        long size = document.content().sizeBytes();
        Optional<ByteRange> part;
        try {
            part = ByteRange.parse(range, size);
        } catch (ByteRange.NotSatisfiable e) {
            return Response.status(416).header("Content-Range", "bytes */" + size).build();
        }
        audit.read(caller.name(), AuditLog.Action.DOCUMENT_READ, "document", id.toString(),
                part.map(p -> "nội dung " + p.contentRange(size)).orElse("nội dung"));
        long offset = part.map(ByteRange::offset).orElse(0L);
        long length = part.map(ByteRange::length).orElse(size);
        // a local file is sent by the kernel; an object store's bytes are streamed through, a buffer at a time
        Object body = documents.localFile(document).<Object>map(file -> new PathPart(file, offset, length))
                .orElseGet(() -> (StreamingOutput) out -> {
                    try (InputStream in = documents.content(document, offset, length)) {
                        in.transferTo(out);
                    }
                });
        Response.ResponseBuilder response = Response.status(part.isPresent() ? 206 : 200).entity(body)
                .type(document.content().format().mediaType())
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", length)
                .header("ETag", "\"" + document.content().sha256() + "\"")
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        part.ifPresent(p -> response.header("Content-Range", p.contentRange(size)));
        return response.build();
    }

    private Document visible(UUID id) {
        return access.require(documents.document(id));
    }

    /** The unit a document is kept for: the one named (the caller's), the caller's only unit, or none for province-wide callers. */
    private String unitOfUpload(String unitCode) {
        if (unitCode != null && !unitCode.isBlank()) {
            caller.requireUnit(unitCode);
            return unitCode;
        }
        List<String> units = caller.units();
        if (units.size() == 1) {
            return units.get(0);
        }
        if (caller.hasProvinceScope()) {
            return null;
        }
        throw new RuleViolationException("unit-required", "Cần chọn đơn vị lưu tài liệu",
                List.of(new FieldProblem("unitCode", "tài khoản thuộc nhiều đơn vị: hãy ghi rõ đơn vị")));
    }

    private static String fileName(FileUpload file) {
        String name = file.fileName();
        return name == null || name.isBlank() ? "tai-lieu" : name.length() > 255 ? name.substring(0, 255) : name;
    }
}
