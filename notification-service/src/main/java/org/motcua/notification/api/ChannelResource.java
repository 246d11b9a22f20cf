package org.motcua.notification.api;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.notification.service.NotificationQueryService.Backlog;
import org.motcua.notification.service.NotificationQueryService;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.delivery.ChannelBreaker;
import org.motcua.notification.service.delivery.DeliveryWorkers;
import org.motcua.platformkit.security.Roles;

/** For operators: whether each channel works (as this instance sees it) and what waits for it. */
@Path("/api/v1/channels")
@Tag(name = "Kênh gửi", description = "Tình trạng các kênh gửi và hàng chờ")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class ChannelResource {

    private final DeliveryWorkers workers;
    private final NotificationQueryService queries;
    private final Clock clock;

    ChannelResource(DeliveryWorkers workers, NotificationQueryService queries, Clock clock) {
        this.workers = workers;
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Tình trạng từng kênh (EMAIL, SMS, ZALO) và hàng chờ")
    public List<ChannelView> channels() {
        Map<String, Backlog> backlog = queries.backlog(clock.instant()).stream()
                .collect(Collectors.toMap(Backlog::channel, Function.identity()));
        return java.util.Arrays.stream(Channel.values()).map(channel -> {
            ChannelBreaker.State state = workers.state(channel);
            Backlog b = backlog.getOrDefault(channel.name(), new Backlog(channel.name(), 0, null, 0));
            return new ChannelView(channel.name(), state.open(), state.failuresInARow(), state.pausedUntil(),
                    b.queued(), b.oldestQueuedAt(), b.failedLastDay());
        }).toList();
    }
}
