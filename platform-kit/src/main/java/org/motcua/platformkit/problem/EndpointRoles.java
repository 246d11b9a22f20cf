package org.motcua.platformkit.problem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;

/**
 * Which roles may call an address, read from the service's resources' {@code @Path} and {@code @RolesAllowed}. The
 * REST layer refuses a wrong content type while it matches a request, before it checks the caller: this lets that
 * refusal say 401 or 403 first, so that a caller without the right learns nothing of what an endpoint accepts.
 */
@ApplicationScoped
public class EndpointRoles {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    /** One endpoint: its HTTP method, its address as a pattern, and its roles (empty: public). */
    private record Endpoint(String method, Pattern path, Set<String> roles) {
    }

    private volatile List<Endpoint> endpoints;

    /**
     * The roles of the endpoints at this address and method: empty if any of them is public, absent if the
     * address is none of the service's endpoints.
     */
    public Optional<Set<String>> rolesFor(String method, String path) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        Set<String> roles = null;
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method().equals(method) && endpoint.path().matcher(normalized).matches()) {
                if (endpoint.roles().isEmpty()) {
                    return Optional.of(Set.of());
                }
                roles = roles == null ? new java.util.HashSet<>(endpoint.roles()) : roles;
                roles.addAll(endpoint.roles());
            }
        }
        return Optional.ofNullable(roles);
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> found = endpoints;
        if (found == null) {
            found = new ArrayList<>();
            for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                if (type.isAnnotationPresent(Path.class) && !ClientProxy.class.isAssignableFrom(type)) {
                    add(type, found);
                }
            }
            endpoints = List.copyOf(found);
        }
        return found;
    }

    private static void add(Class<?> resource, List<Endpoint> into) {
        String base = resource.getAnnotation(Path.class).value();
        for (Method method : resource.getMethods()) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = "/" + (base + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/")
                    .replaceAll("^/|/$", "");
            into.add(new Endpoint(http, pattern(template), roles(resource, method)));
        }
    }

    private static Set<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(jakarta.annotation.security.DenyAll.class)) {
            if (resource.isAnnotationPresent(PermitAll.class)) {
                return Set.of();
            }
            allowed = resource.getAnnotation(RolesAllowed.class);
        }
        // unannotated endpoints are refused (deny-unannotated-endpoints): a role nobody has
        return allowed == null ? Set.of("\u0000none") : Set.of(allowed.value());
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex + "/?");
    }

    private static String httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return method.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
    }
}
