package org.motcua.migration.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** records-service's migration API, as the tool uses it: the file is streamed, never held in memory. */
final class RecordsApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RecordsApi(String baseUrl, String token) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.token = token;
    }

    /** The import the service started (202) or resumed (200). */
    record Started(JsonNode migration, boolean resumed) {
    }

    Started upload(Path file, String system, String format) throws IOException, InterruptedException {
        String boundary = "motcua-" + UUID.randomUUID();
        String name = file.getFileName().toString();
        String head = part(boundary, "system", system) + (format == null ? "" : part(boundary, "format", format))
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "; filename=\""
                + name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        HttpRequest request = authorized("api/v1/migrations")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Started(body(response), response.statusCode() == 200);
    }

    JsonNode migration(String id) throws IOException, InterruptedException {
        return get("api/v1/migrations/" + id);
    }

    JsonNode report(String id) throws IOException, InterruptedException {
        return get("api/v1/migrations/" + id + "/report");
    }

    JsonNode rejections(String id, int size) throws IOException, InterruptedException {
        return get("api/v1/migrations/" + id + "/rejections?size=" + size);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return body(http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static JsonNode body(HttpResponse<String> response) throws IOException {
        if (response.statusCode() >= 300) {
            String detail = response.body();
            try {
                JsonNode problem = JSON.readTree(detail);
                detail = problem.path("detail").asText(problem.path("title").asText(detail));
            } catch (IOException notJson) {
                // keep the body as it is
            }
            throw new ApiException(response.statusCode(), detail);
        }
        return JSON.readTree(response.body());
    }

    /** The service refused a request. */
    static final class ApiException extends IOException {
        final int status;

        ApiException(int status, String detail) {
            super("HTTP " + status + ": " + detail);
            this.status = status;
        }
    }
}
