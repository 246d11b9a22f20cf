package org.motcua.notification.api;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.notification.service.channel.Channel;

/** The choices to record: per channel, yes or no (a channel left out stays as it was). */
public record ContactChoicesRequest(@NotNull @Valid ContactRequest contact,
        @NotNull @Schema(description = "Ví dụ {\"EMAIL\": true, \"SMS\": false, \"ZALO\": true}; tất cả false = từ chối nhận")
        Map<Channel, Boolean> channels) {
}
