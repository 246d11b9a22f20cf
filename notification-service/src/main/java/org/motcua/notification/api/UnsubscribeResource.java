package org.motcua.notification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.delivery.ContactPreferences;

import io.smallrye.common.annotation.Blocking;

/**
 * The link at the foot of every email: it stops email to that address. Opening the link asks to confirm (mail
 * scanners open links); the confirmation, or a mail program's one-click request (RFC 8058), stops it.
 */
@Path("/api/v1/public/unsubscribe/{token}")
@Tag(name = "Từ chối nhận thư", description = "Đường dẫn trong thư để dừng nhận thư")
@PermitAll
@Blocking
public class UnsubscribeResource {

    private final ContactPreferences preferences;

    UnsubscribeResource(ContactPreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "Trang xác nhận dừng nhận thư")
    public Response confirm(@PathParam("token") String token) {
        if (parse(token) == null) {
            return page(404, "Đường dẫn không hợp lệ", "Đường dẫn dừng nhận thư không đúng hoặc đã bị cắt.");
        }
        return page(200, "Dừng nhận thư thông báo", """
                Ông/bà sẽ không nhận thư điện tử về hồ sơ thủ tục hành chính tại địa chỉ này nữa (tin nhắn SMS, Zalo vẫn gửi \
                nếu ông/bà đã đăng ký).</p><form method="post"><button type="submit">Dừng nhận thư</button></form><p>""");
    }

    @POST
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "Dừng nhận thư (cả yêu cầu một chạm theo RFC 8058)")
    public Response stop(@PathParam("token") String token) {
        String[] parts = parse(token);
        if (parts == null || !preferences.stop(Channel.valueOf(parts[0]), parts[1])) {
            return page(404, "Đường dẫn không hợp lệ", "Đường dẫn dừng nhận thư không đúng hoặc đã bị cắt.");
        }
        return page(200, "Đã dừng nhận thư", "Từ nay ông/bà không nhận thư thông báo tại địa chỉ này. "
                + "Muốn nhận lại, xin báo bộ phận một cửa nơi nộp hồ sơ.");
    }

    /** {@code EMAIL.<contact key>} → the channel and the key, or null. */
    private static String[] parse(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", 2);
        return parts.length == 2 && "EMAIL".equals(parts[0]) && parts[1].matches("[0-9a-f]{64}") ? parts : null;
    }

    private static Response page(int status, String title, String text) {
        return Response.status(status).entity("""
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1><p>%s</p></body></html>""".formatted(title, title, text)).build();
    }
}
