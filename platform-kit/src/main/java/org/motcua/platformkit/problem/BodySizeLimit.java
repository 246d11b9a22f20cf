package org.motcua.platformkit.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * Refuses a request whose declared body is larger than its limit with a 413 problem document, before any of it is
 * read (the HTTP layer's own refusal has no body). The limit is {@code motcua.http.max-body-size} (default: the
 * HTTP layer's {@code quarkus.http.limits.max-body-size}); paths under {@code motcua.http.large-body-paths} (large
 * files such as the pre-merger systems' exports) may go up to the HTTP layer's limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final long largeMaxBytes;
    private final List<String> largeBodyPaths;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize httpMax,
            HttpLimitsConfig config) {
        this.largeMaxBytes = httpMax.asLongValue();
        this.maxBytes = config.maxBodySize().map(MemorySize::asLongValue).orElse(largeMaxBytes);
        this.largeBodyPaths = config.largeBodyPaths().orElse(List.of());
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            String path = context.request().path();
            long limit = largeBodyPaths.stream().anyMatch(path::startsWith) ? largeMaxBytes : maxBytes;
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > limit) {
                ProblemDetail problem = ProblemDetail.of("body-too-large", "Nội dung quá lớn", 413,
                        "Nội dung yêu cầu vượt quá " + limit + " byte", context.request().path(), List.of());
                context.response().putHeader("Connection", "close"); // the unread body is not drained
                RequestLineGuard.refuse(context, problem);
                return;
            }
            context.next();
        });
    }
}
