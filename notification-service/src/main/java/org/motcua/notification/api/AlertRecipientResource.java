package org.motcua.notification.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.notification.alert.StaffRecipient;
import org.motcua.notification.alert.StaffRecipients;
import org.motcua.notification.channel.PhoneNumbers;
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

    /** A person to alert. */
    public record Entry(@NotBlank @Size(max = 200) String fullName, @Size(max = 200) String position,
            @Email @Size(max = 200) String email, @Size(max = 20) String phone) {
    }

    @Schema(name = "AlertRecipient")
    public record RecipientView(UUID id, String scope, String fullName, String position, String email, String phone) {
        static RecipientView of(StaffRecipient r) {
            return new RecipientView(r.id(), r.scope(), r.fullName(), r.position(), r.email(), r.phone());
        }
    }

    private final StaffRecipients recipients;
    private final UnitDirectory units;

    AlertRecipientResource(StaffRecipients recipients, UnitDirectory units) {
        this.recipients = recipients;
        this.units = units;
    }

    @GET
    @RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
    @Operation(summary = "Người nhận cảnh báo của một đơn vị (mã đơn vị) hoặc của tỉnh (PROVINCE)")
    public List<RecipientView> list(@PathParam("scope") String scope) {
        return recipients.ofScope(known(scope)).stream().map(RecipientView::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Thay danh sách người nhận cảnh báo của một đơn vị hoặc của tỉnh")
    public List<RecipientView> replace(@PathParam("scope") String scope, @NotNull @Valid List<@Valid @NotNull Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
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
                .map(e -> new StaffRecipients.Entry(e.fullName(), e.position(), e.email(), e.phone())).toList())
                .stream().map(RecipientView::of).toList();
    }

    private String known(String scope) {
        if (!StaffRecipient.PROVINCE.equals(scope) && units.nameOf(scope) == null) {
            throw new ResourceNotFoundException("Đơn vị", scope);
        }
        return scope;
    }
}
