package org.motcua.platformkit.problem;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, with a problem document, a request line no endpoint can take: longer than
 * {@code motcua.http.max-uri-length} (414; the HTTP layer's own limit, {@code quarkus.http.limits.max-initial-line-length},
 * is set far above it because its refusal has no body), or carrying a NUL character (400: no text of the platform
 * holds one, and PostgreSQL refuses it in every text column).
 */
@ApplicationScoped
public class RequestLineGuard {

    private final int maxLength;

    RequestLineGuard(HttpLimitsConfig config) {
        this.maxLength = config.maxUriLength();
    }

    void install(@Observes Router router) {
        router.route().order(-101).handler(context -> {
            String uri = context.request().uri();
            if (uri.length() > maxLength) {
                refuse(context, ProblemDetail.of("uri-too-long", "Địa chỉ quá dài", 414,
                        "Địa chỉ yêu cầu dài hơn " + maxLength + " ký tự", null, List.of()));
            } else if (uri.toLowerCase(Locale.ROOT).contains("%00")) {
                refuse(context, ProblemDetail.of("nul-character", "Yêu cầu không hợp lệ", 400,
                        "Địa chỉ yêu cầu chứa ký tự NUL", context.request().path(), List.of()));
            } else {
                context.next();
            }
        });
    }

    /** Answers with the problem before any resource sees the request (this guard's and {@link BodySizeLimit}'s). */
    static void refuse(RoutingContext context, ProblemDetail problem) {
        context.response().setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
