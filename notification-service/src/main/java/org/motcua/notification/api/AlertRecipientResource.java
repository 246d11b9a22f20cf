package org.motcua.notification.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.notification.domain.alert.StaffRecipient;
import org.motcua.notification.service.alert.StaffRecipientService;
import org.motcua.notification.service.channel.PhoneNumbers;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.InvalidInputException;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.security.Roles;

import io.smallrye.common.annotation.Blocking;

/** Who receives the alerts of a unit (its leaders) or of the whole province (the provincial office). */
@Path("/api/v1/alert-recipients/{scope}")
@Tag(name = "Người nhận cảnh báo", description = "Lãnh đạo đơn vị và Văn phòng UBND tỉnh nhận cảnh báo, bản tin")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
public class AlertRecipientResource {

    private final StaffRecipientService recipients;
    private final UnitDirectory units;

    AlertRecipientResource(StaffRecipientService recipients, UnitDirectory units) {
        this.recipients = recipients;
        this.units = units;
    }

    @GET
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Người nhận cảnh báo của một đơn vị (mã đơn vị) hoặc của tỉnh (PROVINCE)")
    public List<AlertRecipientView> list(@PathParam("scope") String scope) {
        return recipients.ofScope(known(scope)).stream().map(AlertRecipientView::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Thay danh sách người nhận cảnh báo của một đơn vị hoặc của tỉnh")
    public List<AlertRecipientView> replace(@PathParam("scope") String scope, @NotNull @Valid List<@Valid @NotNull AlertRecipientRequest> entries) {
        for (int i = 0; i < entries.size(); i++) {
            AlertRecipientRequest e = entries.get(i);
            if (e.email() == null && e.phone() == null) {
                throw new InvalidInputException("missing-contact", "Mỗi người nhận cần email hoặc số điện thoại",
                        List.of(new FieldProblem("[" + i + "]", "email hoặc phone")));
            }
            if (e.phone() != null && PhoneNumbers.national(e.phone()) == null) {
                throw new InvalidInputException("bad-phone", "Số điện thoại không hợp lệ",
                        List.of(new FieldProblem("[" + i + "].phone", "10 chữ số, bắt đầu bằng 0 (hoặc +84)")));
            }
        }
        return recipients.replace(known(scope), entries.stream()
                .map(e -> new StaffRecipientService.Entry(e.fullName(), e.position(), e.email(), e.phone())).toList())
                .stream().map(AlertRecipientView::of).toList();
    }

    private String known(String scope) {
        if (!StaffRecipient.PROVINCE.equals(scope) && units.nameOf(scope) == null) {
            throw new ResourceNotFoundException("Đơn vị", scope);
        }
        return scope;
    }
}
