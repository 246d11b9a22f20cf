package org.motcua.testsupport.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A property every service must hold: whatever malformed request reaches any operation of its OpenAPI document, the
 * answer is never a 5xx, every refusal is a problem+json document — naming the field, when the fault is one field's —
 * no malformed write is accepted, and nothing is stored. The requests: hostile path and query values (path traversal,
 * injection strings, control characters, invalid UTF-8, overflowing numbers, unknown enum values, 1 MB values),
 * bodies that are not JSON, not an object, or an object built from the operation's schema with one fault (a field of
 * the wrong type, a required field missing, an unknown enum value, an overflowing number, a 1 MB string, extra
 * fields, injection and control characters), invalid UTF-8, wrong content types and methods. Values are drawn with
 * jqwik's generators from a seeded {@link Random}, so that a run is repeated by its seed; a failure lists each
 * offending request whole, so it can be replayed. Each request is sent with the token of a role the access matrix
 * allows, so that it reaches the operation's validation rather than its role check.
 */
public final class MalformedRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final String PROBLEM = "application/problem+json";

    /** A request that broke the property, and what came back. */
    public record Finding(String method, String uri, String contentType, String body, int status, String answerType,
            String answer, String broken) {

        @Override
        public String toString() {
            return broken + ": " + method + " " + abbreviate(uri) + " [" + contentType + "] " + abbreviate(body) + " -> "
                    + status + " " + answerType + " " + abbreviate(answer);
        }
    }

    /** What was sent in all, how it was answered, and what broke the property. */
    public record Outcome(int operations, int requests, int refused, int accepted, int serverErrors,
            List<Finding> findings) {
    }

    /** A request, and the one field its fault is in (null: none, or not one field's). */
    private record Request(String method, String uri, String contentType, byte[] body, String field) {

        String bodyText() {
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }
    }

    private final URI base;
    private final Function<String, String> tokens;
    private final Predicate<String> writes;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    /** The schemas of the document being probed (request bodies refer to them). */
    private JsonNode schemas;
    private Random random;

    /**
     * @param base   the service's root ({@code http://localhost:port/})
     * @param tokens the bearer token to send to an operation ({@code GET /api/v1/units}): one of a role it allows
     * @param writes whether an operation writes (a {@code POST} may only read: a search, a check, a simulation)
     */
    public MalformedRequests(URI base, Function<String, String> tokens, Predicate<String> writes) {
        this.base = base;
        this.tokens = tokens;
        this.writes = writes;
    }

    /** Sends the fixed cases and {@code tries} drawn requests to every operation of the service's OpenAPI document. */
    public Outcome probe(int tries, long seed) {
        random = new Random(seed);
        List<Finding> findings = new ArrayList<>();
        int sent = 0;
        int refused = 0;
        int accepted = 0;
        int serverErrors = 0;
        int operations = 0;
        JsonNode document = OpenApiDocument.of(client, base);
        schemas = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : OpenApiDocument.METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    if (path.getValue().fields().hasNext()) {
                        // a method the path does not have: 405, as a problem
                        Request wrong = new Request(method.toUpperCase(), fill(path.getKey()), null, null, null);
                        Answer answer = exchange(wrong, tokens.apply("GET " + path.getKey()));
                        sent++;
                        findings.addAll(judge(wrong, answer, false, false));
                    }
                    continue;
                }
                if (streams(operation)) {
                    continue;
                }
                operations++;
                String name = method.toUpperCase() + " " + path.getKey();
                List<Request> requests = new ArrayList<>(edgeCases(method, path.getKey(), operation));
                for (int i = 0; i < tries; i++) {
                    requests.add(drawn(method, path.getKey(), operation));
                }
                boolean page = answersWithPage(operation);
                boolean writing = writes.test(name);
                for (Request request : requests) {
                    Answer answer = exchange(request, tokens.apply(name));
                    sent++;
                    if (answer.status() >= 500 || answer.status() < 0) {
                        serverErrors++;
                    } else if (answer.status() >= 400) {
                        refused++;
                    } else {
                        accepted++;
                    }
                    findings.addAll(judge(request, answer, page, writing));
                }
            }
        }
        return new Outcome(operations, sent, refused, accepted, serverErrors, findings);
    }

    /** A request line longer than any address: refused with a problem document too. */
    public Finding longAddress(int length) {
        Request request = new Request("GET", "/api/v1/" + "a".repeat(length), null, null, null);
        List<Finding> found = judge(request, exchange(request, tokens.apply("GET /api/v1/units")), false, false);
        return found.isEmpty() ? null : found.get(0);
    }

    private record Answer(int status, String contentType, String body) {
    }

    /** What the answer breaks of the property. */
    private static List<Finding> judge(Request request, Answer answer, boolean page, boolean writes) {
        List<String> broken = new ArrayList<>();
        if (answer.status() >= 500 || answer.status() < 0) {
            broken.add("server error");
        } else if (answer.status() >= 400) {
            if (!answer.contentType().startsWith(PROBLEM) && !(page && answer.contentType().startsWith("text/html"))) {
                broken.add("a refusal that is not a problem document");
            } else if (request.field() != null && (answer.status() == 400 || answer.status() == 422)
                    && !namesField(answer.body(), request.field())) {
                broken.add("a refusal that does not name the field " + request.field());
            }
        } else if (writes && !page) {
            broken.add("a malformed write accepted");
        }
        return broken.stream().map(b -> new Finding(request.method(), request.uri(), request.contentType(),
                request.bodyText(), answer.status(), answer.contentType(), answer.body(), b)).toList();
    }

    private static boolean namesField(String problem, String field) {
        try {
            for (JsonNode error : JSON.readTree(problem).path("errors")) {
                String named = error.path("field").asText("");
                if (named.equals(field) || named.endsWith("." + field) || named.startsWith(field + ".")
                        || named.startsWith(field + "[") || named.contains("." + field + "[")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The cases every operation gets, whatever the draw: each edge value in each query parameter alone, and (with a
     * body) each body that is not an object, broken multipart, a wrong content type, invalid UTF-8.
     */
    private List<Request> edgeCases(String method, String template, JsonNode operation) {
        List<Request> cases = new ArrayList<>();
        String upper = method.toUpperCase();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String type = parameter.path("schema").path("type").asText();
            for (String value : type.equals("integer") || type.equals("number") ? EDGE_NUMBERS : EDGE_TEXTS) {
                cases.add(new Request(upper, fill(template) + "?" + encode(parameter.path("name").asText()) + "="
                        + encode(value), null, null, null));
            }
        }
        if (operation.has("requestBody")) {
            for (String body : EDGE_BODIES) {
                cases.add(new Request(upper, fill(template), "application/json", utf8(body), null));
            }
            for (String body : EDGE_MULTIPART) {
                cases.add(new Request(upper, fill(template), "multipart/form-data; boundary=XYZ", utf8(body), null));
            }
            cases.add(new Request(upper, fill(template), "text/plain", utf8("x"), null));
            cases.add(new Request(upper, fill(template), "application/xml", utf8("<a/>"), null));
            cases.add(new Request(upper, fill(template), "application/x-www-form-urlencoded", utf8("a=b"), null));
            cases.add(new Request(upper, fill(template), "application/json", INVALID_UTF8_JSON, null));
        }
        return cases;
    }

    private Request drawn(String method, String template, JsonNode operation) {
        String upper = method.toUpperCase();
        boolean hasBody = operation.has("requestBody"); // an operation without one ignores a body: nothing to test
        boolean hasQuery = false;
        for (JsonNode parameter : operation.path("parameters")) {
            hasQuery |= "query".equals(parameter.path("in").asText());
        }
        int kind = random.nextInt(hasBody ? 10 : 3);
        // an unknown query parameter is ignored, as HTTP allows: a bodiless write without parameters gets a bad path
        if (kind == 0 || !hasBody && !hasQuery && !method.equals("get")) {
            return new Request(upper, hostilePath(template), hasBody ? "application/json" : null,
                    hasBody ? utf8("{}") : null, null);
        }
        if (kind == 1 || !hasBody) {
            return new Request(upper, fill(template) + query(operation), hasBody ? "application/json" : null,
                    hasBody ? utf8("{}") : null, null);
        }
        if (operation.path("requestBody").path("content").has("multipart/form-data") || kind == 2) {
            return new Request(upper, fill(template), "multipart/form-data; boundary=XYZ", utf8(multipart()), null);
        }
        if (kind == 3) {
            return new Request(upper, fill(template), "application/json", utf8(notAnObject()), null);
        }
        return faultyObject(upper, fill(template), operation);
    }

    /** An object built from the operation's schema, with one fault drawn (or, without a schema, a wrong shape). */
    private Request faultyObject(String method, String uri, JsonNode operation) {
        JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        if (!schema.path("properties").fields().hasNext()) {
            return new Request(method, uri, "application/json", utf8(notAnObject()), null);
        }
        ObjectNode body = (ObjectNode) plausible(schema, 0);
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        String field = names.get(random.nextInt(names.size()));
        JsonNode fieldSchema = resolve(schema.path("properties").path(field));
        String type = fieldSchema.path("type").asText("object");
        switch (random.nextInt(8)) {
            case 0 -> { // a value of the wrong type
                body.set(field, wrongTypeFor(type));
                return faulty(method, uri, body, field);
            }
            case 1 -> { // a required field missing (or, if none is required, a wrong type)
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                if (required.isEmpty()) {
                    body.set(field, wrongTypeFor(type));
                    return faulty(method, uri, body, field);
                }
                String missing = required.get(random.nextInt(required.size()));
                body.remove(missing);
                return faulty(method, uri, body, missing);
            }
            case 2 -> { // an enum value that does not exist
                if (fieldSchema.has("enum")) {
                    body.put(field, "NO_SUCH_" + text(5, 'A', 'Z'));
                } else {
                    body.set(field, wrongTypeFor(type));
                }
                return faulty(method, uri, body, field);
            }
            case 3 -> { // a number no field holds
                body.set(field, type.equals("integer") || type.equals("number")
                        ? NODES.numberNode(new java.math.BigInteger("9".repeat(40))) : wrongTypeFor(type));
                return faulty(method, uri, body, field);
            }
            case 4 -> { // a string of 1 MB (the body is then over the limit, or the field's size is)
                body.put(field, "x".repeat(1 << 20));
                return new Request(method, uri, "application/json", utf8(body.toString()), null);
            }
            case 5 -> { // hostile text everywhere, and one field of the wrong type so that it cannot be valid
                for (String name : names) {
                    JsonNode text = resolve(schema.path("properties").path(name));
                    if ("string".equals(text.path("type").asText()) && !text.has("format") && !text.has("enum")) {
                        // free text (dates, times and enums keep their shape), without the NUL refused on its own
                        body.put(name, hostileText().replace("\u0000", ""));
                    }
                }
                body.set(field, wrongTypeFor(type));
                return faulty(method, uri, body, field);
            }
            case 6 -> { // a NUL character, which no text of the platform holds
                body.set(field, "string".equals(type) ? NODES.textNode("a\u0000b") : wrongTypeFor(type));
                return faulty(method, uri, body, field);
            }
            default -> { // unknown fields besides one of the wrong type
                body.put("unknownField", "x");
                body.set("$where", NODES.textNode("1 == 1"));
                body.set(field, wrongTypeFor(type));
                return faulty(method, uri, body, field);
            }
        }
    }

    private static Request faulty(String method, String uri, JsonNode body, String field) {
        return new Request(method, uri, "application/json", utf8(body.toString()), field);
    }

    /** A value of a type that no field of that type takes. */
    private JsonNode wrongTypeFor(String type) {
        return switch (type) {
            case "string" -> random.nextBoolean() ? NODES.objectNode().put("x", 1) : NODES.arrayNode().add(1);
            case "integer", "number" -> random.nextBoolean() ? NODES.textNode("mười") : NODES.objectNode();
            case "boolean" -> NODES.arrayNode().add("true");
            case "array" -> NODES.objectNode().put("x", "y");
            default -> NODES.arrayNode().add(NODES.arrayNode());
        };
    }

    /** A value that has the schema's shape (its example, or a simple value of its type). */
    private JsonNode plausible(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        for (JsonNode s : List.of(schema, resolved)) {
            if (s.path("examples").isArray() && s.path("examples").size() > 0) {
                return s.get("examples").get(0);
            }
            if (s.has("example")) {
                return s.get("example");
            }
        }
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(0);
        }
        String format = resolved.path("format").asText("");
        return switch (resolved.path("type").asText("object")) {
            case "string" -> NODES.textNode(switch (format) {
                case "date" -> "2026-12-07";
                case "date-time" -> "2026-12-07T02:00:00Z";
                case "local-time", "time" -> "08:00:00";
                case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
                default -> "Hồ sơ thử";
            });
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode items = NODES.arrayNode();
                if (depth < 3) {
                    items.add(plausible(resolved.path("items"), depth + 1));
                }
                yield items;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 3) {
                    resolved.path("properties").fields()
                            .forEachRemaining(p -> object.set(p.getKey(), plausible(p.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    private Answer exchange(Request request, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.uri().substring(1)))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            HttpResponse<String> answer = client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                    .get(60, TimeUnit.SECONDS);
            return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        } catch (ExecutionException | TimeoutException e) {
            return new Answer(-1, "", "no whole answer within 60 s: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IllegalArgumentException e) {
            return new Answer(-1, "", "the client cannot send it: " + e.getMessage());
        }
    }

    private static boolean answersWithPage(JsonNode operation) {
        for (JsonNode answer : operation.path("responses")) {
            for (Iterator<String> types = answer.path("content").fieldNames(); types.hasNext();) {
                if (types.next().startsWith("text/html")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A server-sent event stream answers for as long as it is read: not a request-and-answer endpoint. */
    private static boolean streams(JsonNode operation) {
        for (JsonNode answer : operation.path("responses")) {
            if (answer.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    /** Each path parameter an ordinary value (one that does not exist). */
    private String fill(String template) {
        return fill(template, -1);
    }

    /** The path with one parameter hostile. */
    private String hostilePath(String template) {
        int count = 0;
        for (Matcher m = PATH_PARAMETER.matcher(template); m.find();) {
            count++;
        }
        return count == 0 ? template + "/" + rawPathValue(hostilePathValue()) : fill(template, random.nextInt(count));
    }

    private String fill(String template, int hostile) {
        Matcher m = PATH_PARAMETER.matcher(template);
        StringBuilder uri = new StringBuilder();
        int index = 0;
        while (m.find()) {
            String value = index++ == hostile ? rawPathValue(hostilePathValue())
                    : random.nextInt(3) == 0 ? new UUID(random.nextLong(), random.nextLong()).toString()
                    : encode(pathValue());
            m.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        m.appendTail(uri);
        return uri.toString();
    }

    /** Hostile path values are sent as they are meant (already escaped where they carry escapes). */
    private static String rawPathValue(String value) {
        return value.startsWith("%") || value.contains("%2") || value.contains("%C") ? value : encode(value);
    }

    private String query(JsonNode operation) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText()) || random.nextInt(3) == 0) {
                continue;
            }
            JsonNode schema = resolve(parameter.path("schema"));
            String type = schema.path("type").asText();
            String value = type.equals("integer") || type.equals("number") ? number()
                    : schema.has("enum") ? "NO_SUCH_VALUE" : hostileText();
            query.append(query.length() == 0 ? '?' : '&').append(encode(parameter.path("name").asText())).append('=')
                    .append(encode(value));
        }
        if (query.length() == 0) {
            query.append("?").append(encode(hostileText())).append("=1");
        }
        return query.toString();
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return resolve(schemas.path(ref.substring("#/components/schemas/".length())));
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** {@code {"a": "<invalid UTF-8>"}}: a lone continuation byte and an overlong encoding. */
    private static final byte[] INVALID_UTF8_JSON;

    static {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("{\"reason\":\""));
        bytes.writeBytes(new byte[] { (byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF });
        bytes.writeBytes(utf8("\"}"));
        INVALID_UTF8_JSON = bytes.toByteArray();
    }

    private static final List<String> EDGE_TEXTS = List.of("", " ", "null", "-1", "2026-13-45", "Đăk Hà", "%",
            "'; DROP TABLE x;--", "\u0000", "../..", "x".repeat(3000), "2026-12-07", "ABC", "true");

    private static final List<String> EDGE_NUMBERS = List.of("2147483647", "-2147483648", "9223372036854775807",
            "99999999999999999999", "1e9", "0x10", "NaN", "-0", "", "abc", "1.5", "-1", "0");

    private static final List<String> EDGE_BODIES = List.of("", "null", "[]", "[null]", "true", "0", "\"text\"", "{",
            "{\"a\":", "}", "garbage", "{\"a\":1}}", "[{}, 1, \"x\"]", "{\"\\u0000\": 1}", "[".repeat(500));

    private static final List<String> EDGE_MULTIPART = List.of("garbage", "", "--XYZ\r\n\r\n--XYZ--",
            "--XYZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XYZ--",
            "--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\r\n--XYZ--",
            "--XYZ\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n{\r\n--XYZ--",
            "--XYZ--", "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n");

    /** Text a field or parameter should refuse or keep harmlessly: injections, control characters, odd Unicode. */
    private String hostileText() {
        return switch (random.nextInt(4)) {
            case 0 -> anyText(40);
            case 1 -> text(1 + random.nextInt(10), '\u0000', '\u001f');
            case 2 -> pick(EDGE_TEXTS);
            default -> pick(INJECTIONS);
        };
    }

    /** Never empty: an empty segment is no segment ({@code /rotation/} is {@code /rotation}). */
    private String hostilePathValue() {
        String text = random.nextInt(3) == 0 ? anyText(30) : pick(HOSTILE_PATHS);
        return text.isEmpty() ? "%00" : text;
    }

    private String pathValue() {
        return random.nextBoolean() ? text(1 + random.nextInt(12), 'a', 'z') : pick(KNOWN_VALUES);
    }

    private String number() {
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(random.nextInt());
            case 1 -> String.valueOf(random.nextLong());
            default -> pick(EDGE_NUMBERS);
        };
    }

    private String notAnObject() {
        return random.nextBoolean() ? pick(EDGE_BODIES) : anyText(60);
    }

    private String multipart() {
        return random.nextBoolean() ? pick(EDGE_MULTIPART) : anyText(80);
    }

    /** Up to {@code max} characters of the Basic Multilingual Plane (no lone surrogates), controls included. */
    private String anyText(int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            char c = (char) random.nextInt(0xD800);
            text.append(c);
        }
        return text.toString();
    }

    private String text(int length, char from, char to) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (from + random.nextInt(to - from + 1)));
        }
        return text.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DELETE FROM dossier", "\" OR 1=1 --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "{{7*7}}", "$(reboot)",
            "%00", "\\u0000", "𝕏😀", "\uFEFFBOM", "\u202Eabc", "Nguye\u0302\u0303n");

    private static final List<String> HOSTILE_PATHS = List.of("..", "../../etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%C0%AE%C0%AE%2F", "%00", "%FF%FE", "%C3%28", "..%2F..%2F", "x%0d%0aSet-Cookie:%20a=b", "' OR '1'='1",
            "<script>", "9".repeat(40), "-1", "NO_SUCH_VALUE", "x".repeat(2000));

    private static final List<String> KNOWN_VALUES = List.of("00000000-0000-0000-0000-000000000000", "21025", "1.001193",
            "HOTICH", "EMAIL", "PROVINCE");
}
