package org.motcua.ui;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The headers that keep the app to itself: its scripts, styles and images come from its own origin only, its calls go
 * to its own origin (the services behind the gateway or Ingress) and to the province's sign-in provider, documents
 * open from blob URLs, and no other site may frame it. Styles may be inline (Lit's templates set style attributes);
 * scripts may not.
 */
@ApplicationScoped
class SecurityHeaders {

    private final String policy;

    SecurityHeaders(UiSettings settings) {
        this.policy = policy(settings.oidc().issuer().map(SecurityHeaders::origin).orElse(""));
    }

    static String policy(String provider) {
        String connect = provider.isEmpty() ? "'self'" : "'self' " + provider;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self'; connect-src " + connect + "; object-src 'self' blob:; frame-src 'self' blob:; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String origin(String issuer) {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            context.response().putHeader("Content-Security-Policy", policy)
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("X-Frame-Options", "DENY")
                    .putHeader("Referrer-Policy", "no-referrer");
            context.next();
        });
    }
}
