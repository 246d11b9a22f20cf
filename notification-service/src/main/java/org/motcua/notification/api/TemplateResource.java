package org.motcua.notification.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.template.NotificationTemplates;
import org.motcua.notification.service.template.TemplateKind;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;

import io.smallrye.common.annotation.Blocking;

/** The messages' templates: read, edit with a preview (a template naming an unknown variable is refused), reset. */
@Path("/api/v1/templates")
@Tag(name = "Mẫu thông báo", description = "Mẫu tin nhắn gửi người nộp hồ sơ và cán bộ, theo loại thông báo và kênh")
@Blocking
@RolesAllowed({ Roles.PROVINCE_ADMIN, Roles.AUDITOR })
public class TemplateResource {

    private final NotificationTemplates templates;
    private final Caller caller;

    TemplateResource(NotificationTemplates templates, Caller caller) {
        this.templates = templates;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mọi mẫu thông báo (12 loại × 3 kênh)")
    public List<TemplateView> all() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("/{kind}/{channel}")
    @Produces(MediaType.APPLICATION_JSON)
    public TemplateView one(@PathParam("kind") String kind, @PathParam("channel") String channel) {
        return TemplateView.of(templates.current(kind(kind), channel(channel)));
    }

    @PUT
    @Path("/{kind}/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Sửa một mẫu; mẫu không hợp lệ hoặc dùng biến không có bị từ chối (422)")
    public TemplateView save(@PathParam("kind") String kind, @PathParam("channel") String channel, TemplateBodyRequest body) {
        return TemplateView.of(templates.save(kind(kind), channel(channel), body == null ? null : body.body(), caller.name()));
    }

    @DELETE
    @Path("/{kind}/{channel}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Trở về mẫu mặc định")
    public TemplateView reset(@PathParam("kind") String kind, @PathParam("channel") String channel) {
        return TemplateView.of(templates.reset(kind(kind), channel(channel)));
    }

    @POST
    @Path("/{kind}/{channel}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Xem trước một mẫu (đang dùng, hoặc nội dung gửi kèm) với dữ liệu ví dụ")
    public TemplatePreviewView preview(@PathParam("kind") String kind, @PathParam("channel") String channel, TemplateBodyRequest body) {
        TemplateKind k = kind(kind);
        String text = body == null || body.body() == null ? templates.current(k, channel(channel)).body() : body.body();
        return new TemplatePreviewView(templates.preview(text, k, k.sample()), k.sample());
    }

    private static TemplateKind kind(String kind) {
        try {
            return TemplateKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException("Loại thông báo", kind);
        }
    }

    private static Channel channel(String channel) {
        try {
            return Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("bad-channel", "Kênh không hợp lệ",
                    List.of(new FieldProblem("channel", "EMAIL, SMS hoặc ZALO")));
        }
    }
}
