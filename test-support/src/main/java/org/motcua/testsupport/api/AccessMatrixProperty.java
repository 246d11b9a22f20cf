package org.motcua.testsupport.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.AccessMatrix.Caller;
import org.motcua.testsupport.api.AccessMatrix.Row;

/**
 * Authorization proven on every endpoint: each operation of the service's OpenAPI document is in the access matrix
 * ({@code docs/access-matrix.md}), and each caller of the matrix — anonymous, each role of unit A, the province's
 * roles, staff of unit B — gets the answer the matrix gives. A service runs it by extending this class in a
 * {@code @QuarkusTest} that names the two units, creates unit A's objects and says how to address them
 * ({@link #requests()}).
 */
public abstract class AccessMatrixProperty {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String unit;
    private final String anotherUnit;

    /**
     * @param unit        unit A: the unit of the objects the requests address, and of the unit roles' tokens
     * @param anotherUnit unit B: another unit, whose staff must get refusals
     */
    protected AccessMatrixProperty(String unit, String anotherUnit) {
        this.unit = unit;
        this.anotherUnit = anotherUnit;
    }

    /** The service's root. */
    protected URI base() {
        return ServiceUnderTest.base();
    }

    /** The service's section of the matrix: its application name ({@code intake-service}). */
    protected String service() {
        return ServiceUnderTest.name();
    }

    /** Creates unit A's objects and says how each operation addresses them. */
    protected abstract AccessRequests requests();

    @Test
    void everyOperationOfTheApiIsInTheMatrixAndNoOther() {
        Set<String> documented = new TreeSet<>(OpenApiDocument.operations(OpenApiDocument.of(client, base())));
        Set<String> inMatrix = new TreeSet<>(rows().stream().map(Row::operation).toList());
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(inMatrix);
        Set<String> stale = new TreeSet<>(inMatrix);
        stale.removeAll(documented);
        assertFalse(documented.isEmpty(), "the OpenAPI document lists no operation");
        assertEquals(Set.of(), missing, "operations missing from " + AccessMatrix.DOCUMENT);
        assertEquals(Set.of(), stale, "operations of " + AccessMatrix.DOCUMENT + " the service does not have");
    }

    @Test
    void theMatrixKeepsItsRules() {
        List<String> broken = new ArrayList<>();
        for (Row row : rows()) {
            if (row.writes() && !row.isPublic() && AccessMatrix.ALLOWED.equals(row.answer(Caller.AUDITOR))) {
                broken.add(row.operation() + ": the auditor never writes");
            }
            if (row.writes() && row.method().equals("GET")) {
                broken.add(row.operation() + ": a GET only reads");
            }
            if (!row.isPublic() && !"401".equals(row.answer(Caller.ANONYMOUS))) {
                broken.add(row.operation() + ": a non-public operation answers 401 without a token");
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        AccessRequests requests = requests();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Row row : rows()) {
            String uri = requests.uri(row.operation()).orElse(null);
            if (uri == null) {
                wrong.add(row.operation() + ": the test gives no value for its path parameters");
                continue;
            }
            // refusals first: they must change nothing, so the allowed callers then find the objects as they were
            List<Caller> callers = new ArrayList<>(List.of(Caller.values()));
            callers.sort(Comparator.comparing(c -> AccessMatrix.ALLOWED.equals(row.answer(c))));
            for (Caller caller : callers) {
                String expected = row.answer(caller);
                if (AccessMatrix.NONE.equals(expected)) {
                    continue;
                }
                Answer answer = send(row, uri, requests, token(row, caller));
                sent++;
                String problem = judge(row, expected, answer, requests.isAbsent(row.operation()));
                if (problem != null) {
                    wrong.add(caller.column() + ": " + row.operation() + " (" + uri + ") " + problem);
                }
            }
        }
        System.out.printf("access matrix of %s: %d operations, %d requests, %d answers not as the matrix says%n",
                service(), rows().size(), sent, wrong.size());
        assertEquals(List.of(), wrong, "answers not as " + AccessMatrix.DOCUMENT + " says");
    }

    private List<Row> rows() {
        return AccessMatrix.ofRepository().rows(service());
    }

    private String token(Row row, Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case ANOTHER_UNIT -> TestTokens.of(row.anotherUnitsRole(), anotherUnit);
            default -> TestTokens.of(caller.role(), caller.ofUnit() ? unit : null);
        };
    }

    /** What is wrong with the answer, or null. */
    private static String judge(Row row, String expected, Answer answer, boolean absent) {
        if (answer.status() >= 500 || answer.status() < 0) {
            return "answered " + answer;
        }
        if (AccessMatrix.ALLOWED.equals(expected)) {
            boolean refused = answer.status() == 401 || answer.status() == 403 || answer.status() == 404 && !absent;
            return refused ? "expected ✓ (not refused), answered " + answer : null;
        }
        if (answer.status() != Integer.parseInt(expected)) {
            return "expected " + expected + ", answered " + answer;
        }
        return answer.contentType().startsWith("application/problem+json") ? null
                : "expected a problem document, answered " + answer;
    }

    private record Answer(int status, String contentType, String body) {

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    private Answer send(Row row, String uri, AccessRequests requests, String token) {
        AccessRequests.Body body = requests.body(row.operation()).orElse(null);
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(uri.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .method(row.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.content()));
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> answer = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(60, TimeUnit.SECONDS);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = answer.body()) {
                // an event stream answers for as long as it is read: its first line is enough
                byte[] content = type.startsWith("text/event-stream") ? new byte[0] : in.readAllBytes();
                return new Answer(answer.statusCode(), type, new String(content, StandardCharsets.UTF_8));
            }
        } catch (ExecutionException | TimeoutException e) {
            return new Answer(-1, "", "no answer within 60 s: " + e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
