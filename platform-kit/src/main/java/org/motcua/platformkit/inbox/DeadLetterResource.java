package org.motcua.platformkit.inbox;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.security.Roles;

import io.smallrye.common.annotation.Blocking;

/**
 * The service's dead letters for the operations team (the province admin): what waits in its dead-letter topics,
 * and the replay once the cause is fixed (deploy/README.md, "Replaying a dead-letter topic").
 */
@Path("/api/v1/dead-letters")
@Tag(name = "Vận hành", description = "Sự kiện lỗi (dead letter) của dịch vụ: xem và xử lý lại")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROVINCE_ADMIN)
@Blocking
public class DeadLetterResource {

    /** One dead-letter topic of this service. */
    public record DeadLetterTopicView(
            @Schema(description = "Chủ đề thư lỗi: <chủ đề>.<nhóm tiêu thụ>.dlq") String topic,
            @Schema(description = "Số sự kiện đang chờ xử lý lại") long waiting,
            @Schema(description = "Số sự kiện vừa được xử lý lại (0 khi chỉ xem)") long replayed,
            @Schema(description = "Số sự kiện xử lý lại vẫn lỗi, đã trở lại chủ đề thư lỗi") long deadLetteredAgain) {

        static DeadLetterTopicView of(DeadLetterReplay.Topic topic) {
            return new DeadLetterTopicView(topic.topic(), topic.waiting(), topic.replayed(), topic.deadLetteredAgain());
        }
    }

    private final DeadLetterReplay replay;

    DeadLetterResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @GET
    @Operation(summary = "Các chủ đề thư lỗi của dịch vụ và số sự kiện đang chờ xử lý lại")
    public List<DeadLetterTopicView> waiting() {
        return replay.waiting().stream().map(DeadLetterTopicView::of).toList();
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Xử lý lại các sự kiện lỗi sau khi đã khắc phục nguyên nhân (sự kiện đã xử lý được bỏ qua;"
            + " tối đa 10.000 sự kiện mỗi lần)")
    public List<DeadLetterTopicView> replay() {
        return replay.replay().stream().map(DeadLetterTopicView::of).toList();
    }
}
