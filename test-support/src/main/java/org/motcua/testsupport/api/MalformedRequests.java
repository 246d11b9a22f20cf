package org.motcua.testsupport.api;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A property every service must hold: whatever malformed request reaches any endpoint of its OpenAPI document —
 * odd path and query values, bodies that are empty, {@code null}, not JSON, JSON of the wrong shape or with
 * wrong-typed fields, broken multipart — the answer is never a 5xx, and every refusal is a problem+json document.
 * The values are drawn from jqwik's generators (jqwik's engine cannot host a {@code @QuarkusTest}, its generators
 * can); a failure lists each offending request whole, so it can be replayed. It sends no well-formed body, so it
 * changes nothing a test relies on.
 */
public final class MalformedRequests {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /** A request that broke the property, and what came back. */
    public record Finding(String method, String uri, String contentType, String body, int status, String answerType,
            String answer) {

        @Override
        public String toString() {
            return method + " " + uri + " [" + contentType + "] " + abbreviate(body) + " -> " + status + " " + answerType
                    + " " + abbreviate(answer);
        }
    }

    /** What was sent in all, and what broke the property. */
    public record Outcome(int requests, List<Finding> findings) {
    }

    private final URI base;
    private final List<String> tokens;
    /** The schemas of the document being probed (request bodies refer to them). */
    private JsonNode schemas;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    /**
     * @param base   the service's root ({@code http://localhost:port/})
     * @param tokens bearer tokens to send in turn (callers of several roles, so that requests reach the handlers)
     */
    public MalformedRequests(URI base, List<String> tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    /** Sends {@code tries} malformed requests to every operation of the service's OpenAPI document. */
    public Outcome probe(int tries) {
        Random random = new Random();
        List<Finding> findings = new ArrayList<>();
        int sent = 0;
        JsonNode document = OpenApiDocument.of(client, base);
        schemas = document.path("components").path("schemas");
        JsonNode paths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : OpenApiDocument.METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode() || streams(operation)) {
                    continue;
                }
                List<Request> requests = new ArrayList<>(edgeCases(method, path.getKey(), operation));
                for (int i = 0; i < tries; i++) {
                    requests.add(drawn(method, path.getKey(), operation, random));
                }
                boolean page = answersWithPage(operation);
                for (Request request : requests) {
                    Finding finding = exchange(request.method(), request.uri(), request.contentType(), request.body(),
                            tokens.get((sent++) % tokens.size()), page);
                    if (finding != null) {
                        findings.add(finding);
                    }
                }
            }
        }
        return new Outcome(sent, findings);
    }

    /** A request line longer than any address: refused with a problem document too. */
    public Finding longAddress(int length) {
        String uri = "/api/v1/" + "a".repeat(length);
        return exchange("GET", uri, null, null, tokens.get(0), false);
    }

    private record Request(String method, String uri, String contentType, String body) {
    }

    /**
     * The cases every operation gets, whatever the draw: each edge value in each query parameter alone, and (with a
     * body) each body that is not an object, and broken multipart.
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
                        + encode(value), null, null));
            }
        }
        if (!method.equals("get") && !method.equals("delete")) {
            for (String body : EDGE_BODIES) {
                cases.add(new Request(upper, fill(template), "application/json", body));
            }
            for (String body : EDGE_MULTIPART) {
                cases.add(new Request(upper, fill(template), "multipart/form-data; boundary=XYZ", body));
            }
        }
        return cases;
    }

    private Request drawn(String method, String template, JsonNode operation, Random random) {
        String uri = fill(template) + query(operation, random);
        String contentType = null;
        String body = null;
        if (!method.equals("get") && !method.equals("delete")) {
            boolean multipart = operation.path("requestBody").path("content").has("multipart/form-data");
            int kind = random.nextInt(10);
            if (multipart || kind == 0) {
                contentType = "multipart/form-data; boundary=XYZ";
                body = sample(MULTIPART);
            } else {
                contentType = "application/json";
                body = random.nextBoolean() ? sample(NOT_AN_OBJECT) : wrongFields(operation);
            }
        }
        return new Request(method.toUpperCase(), uri, contentType, body);
    }

    /**
     * @param page whether the endpoint is a page people open in a browser (it refuses with a page in Vietnamese, not a
     *             problem document)
     */
    private Finding exchange(String method, String uri, String contentType, String body, String token, boolean page) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(uri.substring(1)))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> answer = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .get(60, TimeUnit.SECONDS);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            boolean broken = answer.statusCode() >= 500 || answer.statusCode() >= 400
                    && !type.startsWith("application/problem+json") && !(page && type.startsWith("text/html"));
            return broken ? new Finding(method, uri, contentType, body, answer.statusCode(), type, answer.body()) : null;
        } catch (ExecutionException | TimeoutException e) {
            return new Finding(method, uri, contentType, body, -1, "", "no whole answer within 60 s: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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

    private static String fill(String template) {
        Matcher m = PATH_PARAMETER.matcher(template);
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(uri, Matcher.quoteReplacement(encode(sample(PATH_VALUES))));
        }
        m.appendTail(uri);
        return uri.toString();
    }

    private static String query(JsonNode operation, Random random) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText()) || random.nextInt(3) == 0) {
                continue;
            }
            String type = parameter.path("schema").path("type").asText();
            String value = type.equals("integer") || type.equals("number") ? sample(NUMBERS) : sample(TEXTS);
            query.append(query.length() == 0 ? '?' : '&').append(encode(parameter.path("name").asText())).append('=')
                    .append(encode(value));
        }
        return query.toString();
    }

    /** A JSON object with the operation's field names (when its schema is inline or referenced) of the wrong type. */
    private String wrongFields(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        List<String> names = new ArrayList<>();
        resolve(schema).path("properties").fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            names.add("x");
        }
        StringBuilder body = new StringBuilder("{");
        for (String name : names) {
            if (body.length() > 1) {
                body.append(',');
            }
            body.append(new TextNode(name)).append(":").append(sample(WRONG_VALUES));
        }
        return body.append('}').toString();
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        return schema.path("items").isMissingNode() ? schema : resolve(schema.path("items"));
    }

    /** A value drawn by jqwik (its generators run outside a property too, with their own randomness). */
    private static String sample(Arbitrary<String> arbitrary) {
        return arbitrary.sample();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
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

    private static final Arbitrary<String> TEXTS = Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
            Arbitraries.of(EDGE_TEXTS));

    private static final Arbitrary<String> NUMBERS = Arbitraries.oneOf(
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.of(EDGE_NUMBERS));

    private static final Arbitrary<String> PATH_VALUES = Arbitraries.oneOf(TEXTS.filter(s -> !s.isEmpty()),
            Arbitraries.create(() -> java.util.UUID.randomUUID().toString()),
            Arbitraries.of("00000000-0000-0000-0000-000000000000", "21025", "1.001193", "HOTICH", "EMAIL", "PROVINCE"));

    private static final Arbitrary<String> NOT_AN_OBJECT = Arbitraries.oneOf(Arbitraries.of(EDGE_BODIES),
            Arbitraries.strings().ofMaxLength(60));

    private static final Arbitrary<String> WRONG_VALUES = Arbitraries.of("[[]]", "{\"x\":{}}", "[{\"a\":[1]}]",
            "{\"$ref\":\"x\"}", "[[[null]]]");

    private static final Arbitrary<String> MULTIPART = Arbitraries.oneOf(Arbitraries.of(EDGE_MULTIPART),
            Arbitraries.strings().ofMaxLength(80));
}
