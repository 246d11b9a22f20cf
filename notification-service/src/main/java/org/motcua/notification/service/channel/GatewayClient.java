package org.motcua.notification.service.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts JSON to a message gateway over a kept-alive connection pool, with short timeouts. */
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
     * Posts the body; a body that is not JSON comes back empty.
     *
     * @throws IOException when the gateway could not be reached or did not answer in 10 seconds
     */
    public Response post(String url, Map<String, String> headers, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
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
