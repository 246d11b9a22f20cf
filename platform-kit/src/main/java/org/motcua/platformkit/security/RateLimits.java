package org.motcua.platformkit.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The rate limits every service applies before an operation runs: the public endpoints per address (a citizen, or
 * whoever floods the lookup), the integrating systems per client (a runaway portal cannot crowd out the desks). Staff
 * are not limited here. The client is the verified token's, never a claim read from an unverified one (else a forged
 * token could use up the national portal's budget). Behind the Ingress the address is the forwarded one
 * ({@code quarkus.http.proxy.*}, docs/security.md).
 */
@ApplicationScoped
public class RateLimits {

    static final String PUBLIC_PATHS = "/api/v1/public/";

    private final RateLimiter publicCallers;
    private final RateLimiter integrationClients;
    private final CurrentIdentityAssociation identities;

    RateLimits(RateLimitsConfig config, Clock clock, CurrentIdentityAssociation identities) {
        this.publicCallers = new RateLimiter(config.publicPerMinute(), Duration.ofMinutes(1), config.maxCallers(), clock);
        this.integrationClients = new RateLimiter(config.integrationPerMinute(), Duration.ofMinutes(1),
                config.maxCallers(), clock);
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (("/" + request.getUriInfo().getPath().replaceFirst("^/", "")).startsWith(PUBLIC_PATHS)) {
            publicCallers.acquire(http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
            return Uni.createFrom().voidItem();
        }
        if (request.getHeaderString("Authorization") == null) {
            return Uni.createFrom().voidItem();
        }
        // an invalid token is the authentication's to refuse (401), after this filter
        return identities.getDeferredIdentity().onFailure().recoverWithNull().invoke(this::limitIntegration)
                .replaceWithVoid();
    }

    private void limitIntegration(SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous() && identity.hasRole(Roles.INTEGRATION)) {
            integrationClients.acquire(identity.getPrincipal().getName());
        }
    }
}
