package org.motcua.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactChoice")
public record ContactChoiceView(String channel, @Schema(description = "Có nhận qua kênh này") boolean wanted,
        @Schema(description = "Người nhận đã chọn (không phải mặc định)") boolean chosen) {
}
