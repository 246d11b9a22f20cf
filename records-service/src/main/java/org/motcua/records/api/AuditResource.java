package org.motcua.records.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.security.Roles;
import org.motcua.records.service.audit.AuditVerifier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/** The audit log's verification, for auditors. */
@Path("/api/v1/audit")
@Tag(name = "Nhật ký kiểm tra", description = "Nhật ký chống sửa đổi: kiểm tra tính toàn vẹn")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.AUDITOR, Roles.PROVINCE_ADMIN })
@Blocking
public class AuditResource {

    private final AuditVerifier verifier;

    AuditResource(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Kiểm tra toàn bộ nhật ký: chỉ ra mục bị sửa, bị xóa, bị đảo thứ tự hoặc bị cắt bớt")
    public AuditVerifier.Report verify() {
        return QuarkusTransaction.requiringNew().call(verifier::verify);
    }
}
