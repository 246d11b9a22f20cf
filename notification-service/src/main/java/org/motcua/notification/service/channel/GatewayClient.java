package org.motcua.notification.service.channel;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts JSON (or a form) to a message gateway over a kept-alive connection pool, with short timeouts. */
@ApplicationScoped
public class GatewayClient {

    /** A gateway's answer. */
    public record Response(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json;

    GatewayClient(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Posts the body as JSON; an answer that is not JSON comes back empty.
     *
     * @throws IOException when the gateway could not be reached or did not answer in 10 seconds
     */
    public Response post(String url, Map<String, String> headers, Object body) throws IOException {
        return send(url, headers, "application/json; charset=utf-8", json.writeValueAsBytes(body));
    }

    /**
     * Posts the fields as a form ({@code application/x-www-form-urlencoded}, as OAuth token endpoints take them).
     *
     * @throws IOException when the server could not be reached or did not answer in 10 seconds
     */
    public Response postForm(String url, Map<String, String> headers, Map<String, String> fields) throws IOException {
        String form = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(url, headers, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    private Response send(String url, Map<String, String> headers, String contentType, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer;
            try {
                answer = json.readTree(response.body());
            } catch (IOException notJson) {
                answer = json.createObjectNode();
            }
            return new Response(response.statusCode(), answer == null ? json.createObjectNode() : answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
