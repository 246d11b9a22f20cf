package org.motcua.platformkit.inbox;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.InvalidInputException;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.security.OperationsAudit;
import org.motcua.platformkit.security.Roles;

import io.smallrye.common.annotation.Blocking;

/**
 * The service's dead letters for the operations team (the province admin): what waits in its dead-letter topics,
 * and the replay once the cause is fixed (deploy/README.md, "Replaying a dead-letter topic"). Each listing and replay
 * goes to the audit log ({@link OperationsAudit}).
 */
@Path("/api/v1/dead-letters")
@Tag(name = "Vận hành", description = "Sự kiện lỗi (dead letter) và phát lại sự kiện của dịch vụ")
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

    /** One waiting dead letter: where it came from, what it was, why it failed (its data is not shown). */
    public record DeadLetterView(
            @Schema(description = "Chủ đề thư lỗi") String topic,
            @Schema(description = "Phân vùng trong chủ đề thư lỗi") int partition,
            @Schema(description = "Vị trí (offset) trong phân vùng") long offset,
            @Schema(description = "Thời điểm chuyển vào thư lỗi (UTC)") Instant deadLetteredAt,
            @Schema(description = "Khoá Kafka (mã hồ sơ nội bộ)") String key,
            @Schema(description = "Mã sự kiện (CloudEvents id); trống khi thông điệp không đọc được") String eventId,
            @Schema(description = "Loại sự kiện") String eventType,
            @Schema(description = "Đối tượng của sự kiện (hồ sơ)") String subject,
            @Schema(description = "Lý do không xử lý được") String reason,
            @Schema(description = "Chủ đề gốc") String originalTopic,
            @Schema(description = "Phân vùng gốc") int originalPartition,
            @Schema(description = "Vị trí gốc") long originalOffset) {

        static DeadLetterView of(DeadLetterReplay.DeadLetter l) {
            return new DeadLetterView(l.topic(), l.partition(), l.offset(), l.deadLetteredAt(), l.key(), l.eventId(),
                    l.eventType(), l.subject(), l.reason(), l.originalTopic(), l.originalPartition(), l.originalOffset());
        }
    }

    private static final String TOPIC = "[a-z]+(\\.[a-z]+)+\\.dlq";
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String EVENT_TYPE = "org\\.motcua\\.[a-z]+\\.[a-z-]+\\.v[1-9][0-9]{0,2}";

    private final DeadLetterReplay replay;
    private final OperationsAudit audit;

    DeadLetterResource(DeadLetterReplay replay, OperationsAudit audit) {
        this.replay = replay;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Các chủ đề thư lỗi của dịch vụ và số sự kiện đang chờ xử lý lại")
    public List<DeadLetterTopicView> waiting() {
        return replay.waiting().stream().map(DeadLetterTopicView::of).toList();
    }

    @GET
    @Path("/messages")
    @Operation(summary = "Các sự kiện lỗi đang chờ xử lý lại (của một chủ đề thư lỗi, hoặc của mọi chủ đề), cũ trước:"
            + " nguồn gốc, loại, hồ sơ và lý do lỗi")
    public List<DeadLetterView> messages(
            @QueryParam("topic") @Size(max = 249) @Pattern(regexp = TOPIC) String topic,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit, @Context UriInfo uri) {
        refuseEmpty(uri, "topic");
        requireKnown(topic);
        List<DeadLetterView> letters = replay.waitingMessages(topic, limit).stream().map(DeadLetterView::of).toList();
        audit.record(OperationsAudit.Operation.DEAD_LETTERS_LISTED, topic == null ? "all" : topic,
                "xem " + letters.size() + " sự kiện lỗi (tối đa " + limit + ")");
        return letters;
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Xử lý lại các sự kiện lỗi sau khi đã khắc phục nguyên nhân: tất cả (tối đa 10.000 mỗi lần),"
            + " hoặc chỉ những sự kiện chọn theo chủ đề, mã sự kiện, loại sự kiện hay hồ sơ. Sự kiện đã xử lý được bỏ"
            + " qua; sự kiện vẫn lỗi trở lại chủ đề thư lỗi")
    public List<DeadLetterTopicView> replay(
            @QueryParam("topic") @Size(max = 249) @Pattern(regexp = TOPIC) String topic,
            @QueryParam("eventId") @Pattern(regexp = UUID) String eventId,
            @QueryParam("eventType") @Size(max = 200) @Pattern(regexp = EVENT_TYPE) String eventType,
            @QueryParam("subject") @Pattern(regexp = UUID) String subject,
            @Context UriInfo uri) {
        refuseEmpty(uri, "topic", "eventId", "eventType", "subject");
        requireKnown(topic);
        DeadLetterReplay.Filter filter = new DeadLetterReplay.Filter(topic, eventId, eventType, subject);
        List<DeadLetterTopicView> result = replay.replay(filter).stream().map(DeadLetterTopicView::of).toList();
        audit.record(OperationsAudit.Operation.DEAD_LETTERS_REPLAYED, topic == null ? "all" : topic,
                describe(filter, result));
        return result;
    }

    /** What was asked and what came of it, for the audit log: the filter, then each topic's counts. */
    private static String describe(DeadLetterReplay.Filter filter, List<DeadLetterTopicView> result) {
        StringBuilder text = new StringBuilder(filter.isEmpty() ? "tất cả" : "lọc:");
        if (filter.topic() != null) {
            text.append(" chủ đề ").append(filter.topic());
        }
        if (filter.eventId() != null) {
            text.append(" mã sự kiện ").append(filter.eventId());
        }
        if (filter.eventType() != null) {
            text.append(" loại ").append(filter.eventType());
        }
        if (filter.subject() != null) {
            text.append(" hồ sơ ").append(filter.subject());
        }
        result.forEach(t -> text.append("; ").append(t.topic()).append(": xử lý lại ").append(t.replayed())
                .append(", lỗi lại ").append(t.deadLetteredAgain()).append(", còn chờ ").append(t.waiting()));
        return text.toString();
    }

    /** A filter given empty would silently select everything: refused, so that a replay does only what was asked. */
    private static void refuseEmpty(UriInfo uri, String... names) {
        for (String name : names) {
            List<String> values = uri.getQueryParameters().get(name);
            if (values != null && values.stream().anyMatch(v -> v == null || v.isBlank())) {
                throw new InvalidInputException("empty-filter", "Điều kiện lọc không được để trống",
                        List.of(new FieldProblem(name, "không được để trống")));
            }
        }
    }

    private void requireKnown(String topic) {
        if (topic != null && !replay.topics().contains(topic)) {
            throw new ResourceNotFoundException("Chủ đề thư lỗi", topic);
        }
    }
}
