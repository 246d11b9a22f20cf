package org.motcua.platformkit.problem;

import java.util.Set;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A request whose content type (415) or wanted type (406) no endpoint takes is refused while the REST layer
 * matches it, before the endpoint's roles are checked: this answers 401 or 403 first when the caller may not
 * call that address at all ({@link EndpointRoles}), and the media-type problem only to a caller who may.
 */
public class MediaTypeRefusal {

    private final EndpointRoles endpoints;
    private final CurrentIdentityAssociation identity;

    MediaTypeRefusal(EndpointRoles endpoints, CurrentIdentityAssociation identity) {
        this.endpoints = endpoints;
        this.identity = identity;
    }

    @ServerExceptionMapper({ NotSupportedException.class, NotAcceptableException.class })
    Uni<Response> refuse(WebApplicationException e, UriInfo uri, Request request) {
        Set<String> roles = endpoints.rolesFor(request.getMethod(), uri.getPath()).orElse(Set.of());
        if (roles.isEmpty()) {
            return Uni.createFrom().item(ProblemMappers.httpProblem(e.getResponse().getStatus(), uri));
        }
        return identity.getDeferredIdentity()
                .map(caller -> answer(caller, roles, e, uri))
                .onFailure().recoverWithItem(failure -> ProblemMappers.unauthenticatedProblem(uri));
    }

    private static Response answer(SecurityIdentity caller, Set<String> roles, WebApplicationException e, UriInfo uri) {
        if (caller.isAnonymous()) {
            return ProblemMappers.unauthenticatedProblem(uri);
        }
        if (roles.stream().noneMatch(caller::hasRole)) {
            return ProblemMappers.forbiddenProblem(null, uri);
        }
        return ProblemMappers.httpProblem(e.getResponse().getStatus(), uri);
    }
}
