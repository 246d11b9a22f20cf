package org.motcua.platformkit.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * Refuses a request whose declared body is larger than {@code quarkus.http.limits.max-body-size} with a
 * 413 problem document, before any of it is read (the HTTP layer's own refusal has no body).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBytes) {
                ProblemDetail problem = ProblemDetail.of("body-too-large", "Nội dung quá lớn", 413,
                        "Nội dung yêu cầu vượt quá " + maxBytes + " byte", context.request().path(), List.of());
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }
}
