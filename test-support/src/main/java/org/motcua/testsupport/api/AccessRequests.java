package org.motcua.testsupport.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the access matrix test sends to each operation: the objects its path names (unit A's dossier, document, ...),
 * the query that names unit A where the operation takes one, and a well-formed body where it needs one, so that a
 * refusal is about the caller and not about the request. Operations are named as in the matrix
 * ({@code POST /api/v1/dossiers/{id}/decision}).
 */
public final class AccessRequests {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /** A request body and its media type. */
    public record Body(String contentType, byte[] content) {
    }

    /** A part of a {@code multipart/form-data} body: a field ({@code fileName} null) or a file. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public static Part field(String name, String value) {
            return new Part(name, null, "text/plain;charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Map<String, String> queries = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();
    private final Set<String> absent = new HashSet<>();

    /** Every path parameter of that name gets the value (unless the path is given whole). */
    public AccessRequests value(String parameter, String value) {
        values.put(parameter, value);
        return this;
    }

    /** The operation's path, whole (for a parameter whose name means different objects in different paths). */
    public AccessRequests path(String operation, String concrete) {
        paths.put(operation, concrete);
        return this;
    }

    /** The query string (without '?') sent to the operation. */
    public AccessRequests query(String operation, String query) {
        queries.put(operation, query);
        return this;
    }

    public AccessRequests json(String operation, String json) {
        return body(operation, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public AccessRequests body(String operation, String contentType, byte[] content) {
        bodies.put(operation, new Body(contentType, content));
        return this;
    }

    /** A {@code multipart/form-data} body of the parts, in order. */
    public AccessRequests multipart(String operation, Part... parts) {
        String boundary = "motcua-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                    + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body(operation, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /**
     * The operation addresses an object the test does not create (a migration's review, a bogus unsubscribe link):
     * a caller it allows may get 404, the answer for an object that is not there. Refusals are still checked.
     */
    public AccessRequests absent(String operation) {
        absent.add(operation);
        return this;
    }

    boolean isAbsent(String operation) {
        return absent.contains(operation);
    }

    Optional<Body> body(String operation) {
        return Optional.ofNullable(bodies.get(operation));
    }

    /** The request's path and query, or empty when a path parameter has no value. */
    Optional<String> uri(String operation) {
        String template = operation.substring(operation.indexOf(' ') + 1);
        String path = paths.get(operation);
        if (path == null) {
            Matcher m = PATH_PARAMETER.matcher(template);
            StringBuilder filled = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    return Optional.empty();
                }
                m.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            path = m.appendTail(filled).toString();
        }
        String query = queries.get(operation);
        return Optional.of(query == null ? path : path + "?" + query);
    }
}
