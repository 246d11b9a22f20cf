package org.motcua.notification.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.notification.service.template.NotificationTemplates;

@Schema(name = "NotificationTemplate")
public record TemplateView(String kind, String channel,
        @Schema(description = "Nội dung mẫu (Qute); với EMAIL, dòng đầu là tiêu đề") String body,
        @Schema(description = "Đã được sửa (không phải mẫu mặc định)") boolean custom, String updatedBy,
        @Schema(description = "Các biến dùng được, ví dụ {dossierCode}") List<String> variables) {
    static TemplateView of(NotificationTemplates.Current c) {
        return new TemplateView(c.kind().name(), c.channel().name(), c.body(), c.custom(), c.updatedBy(),
                c.kind().variables());
    }
}
