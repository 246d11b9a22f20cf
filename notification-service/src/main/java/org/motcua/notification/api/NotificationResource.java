package org.motcua.notification.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.notification.domain.DossierAddressee;
import org.motcua.notification.domain.NotificationStatus;
import org.motcua.notification.service.NotificationQueryService;
import org.motcua.notification.service.channel.Channel;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.api.Paging;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.InvalidInputException;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.PersonalDataReads;
import org.motcua.platformkit.security.Roles;

/** Notifications sent about dossiers, with the history of their delivery. */
@Path("/api/v1/notifications")
@Tag(name = "Thông báo", description = "Thông báo gửi người nộp hồ sơ và cán bộ, trạng thái gửi từng lần")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class NotificationResource {

    private final NotificationQueryService queries;
    private final Caller caller;
    private final PersonalDataReads reads;

    NotificationResource(NotificationQueryService queries, Caller caller, PersonalDataReads reads) {
        this.queries = queries;
        this.caller = caller;
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Thông báo của một hồ sơ (dossierId), hoặc theo trạng thái (status, cho cấp tỉnh: vd. FAILED), "
            + "kèm diễn biến từng lần gửi")
    public PageView<NotificationView> list(@QueryParam("dossierId") UUID dossierId,
            @QueryParam("status") NotificationStatus status, @QueryParam("channel") Channel channel,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        if (dossierId != null) {
            DossierAddressee addressee = queries.addressee(dossierId)
                    .orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", dossierId));
            caller.requireVisible("Hồ sơ", dossierId, addressee.receivingUnitCode(), addressee.processingUnitCode());
            return audited(queries.ofDossier(dossierId, page, size)
                    .map(d -> NotificationView.of(d, shown())));
        }
        if (status == null) {
            throw new InvalidInputException("missing-filter", "Cần mã hồ sơ (dossierId) hoặc trạng thái (status)",
                    List.of(new FieldProblem("dossierId", "bắt buộc khi không có status")));
        }
        if (!caller.hasProvinceScope()) {
            throw new ForbiddenException("Chỉ cấp tỉnh xem thông báo của mọi hồ sơ");
        }
        return audited(queries.withStatus(status, channel == null ? null : channel.name(), page, size)
                .map(d -> NotificationView.of(d, shown())));
    }

    private NotificationView.Shown shown() {
        return caller.seesPersonalData() ? NotificationView.Shown.FOR_STAFF : NotificationView.Shown.MASKED;
    }

    /** The messages read, their recipients in clear: each dossier's on the audit log. */
    private PageView<NotificationView> audited(PageView<NotificationView> found) {
        if (caller.seesPersonalData()) {
            reads.record(found.items().stream().filter(n -> "APPLICANT".equals(n.recipient()))
                    .map(NotificationView::dossierId).filter(Objects::nonNull).toList());
        }
        return found;
    }
}
