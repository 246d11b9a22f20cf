package org.motcua.platformkit.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.security.OperationsAudit;
import org.motcua.platformkit.security.Roles;

import io.smallrye.common.annotation.Blocking;

/**
 * Re-publication of a dossier's events from the service's outbox, for the operations team after a consumer's data
 * was restored from a backup (deploy/README.md, "A consumer restored from a backup"), recorded in the audit log.
 */
@Path("/api/v1/outbox")
@Tag(name = "Vận hành", description = "Sự kiện lỗi (dead letter) và phát lại sự kiện của dịch vụ")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROVINCE_ADMIN)
@Blocking
public class OutboxResource {

    /** One event published again. */
    public record RepublishedEvent(
            @Schema(description = "Mã sự kiện (không đổi)") String id,
            @Schema(description = "Loại sự kiện") String type,
            @Schema(description = "Chủ đề Kafka") String topic,
            @Schema(description = "Thời điểm xảy ra (UTC)") Instant occurredAt) {
    }

    private final OutboxRepublish republish;
    private final OperationsAudit audit;

    OutboxResource(OutboxRepublish republish, OperationsAudit audit) {
        this.republish = republish;
        this.audit = audit;
    }

    @POST
    @Path("/republish")
    @Operation(summary = "Phát lại, theo thứ tự và giữ nguyên mã, các sự kiện dịch vụ đã phát về một hồ sơ còn lưu trong"
            + " outbox (cho dịch vụ tiêu thụ vừa khôi phục dữ liệu từ bản sao lưu; dịch vụ đã xử lý sẽ bỏ qua)")
    public List<RepublishedEvent> republish(
            @QueryParam("subject") @NotNull @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
                    + "-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", message = "phải là mã hồ sơ (UUID)") String subject) {
        List<RepublishedEvent> events = republish.republish(subject).stream()
                .map(r -> new RepublishedEvent(r.id().toString(), r.type(), r.topic(), r.occurredAt())).toList();
        audit.record(OperationsAudit.Operation.EVENTS_REPUBLISHED, subject.toLowerCase(Locale.ROOT),
                "phát lại " + events.size() + " sự kiện");
        return events;
    }
}
