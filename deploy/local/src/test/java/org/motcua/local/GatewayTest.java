package org.motcua.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.TestTokens;

import com.sun.net.httpserver.HttpServer;

/** The gateway of one origin: prefixes to services, the rest to the frontend, streams unbuffered, a 503 when down. */
class GatewayTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer service;
    private Gateway gateway;
    private final CountDownLatch secondEventAllowed = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String answer = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + body.length + " "
                    + exchange.getRequestHeaders().getFirst("X-Forwarded-Prefix");
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        service.createContext("/api/v1/stream", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("data: one\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                secondEventAllowed.await(30, TimeUnit.SECONDS);
                out.write("data: two\n\n".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        service.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        service.start();
        URI base = URI.create("http://127.0.0.1:" + service.getAddress().getPort());
        URI nowhere = URI.create("http://127.0.0.1:" + EmbeddedInfrastructure.freePort());
        gateway = Gateway.start(0, Map.of("/intake", base, "/records", nowhere), base,
                new DemoSignIn(TestTokens.keys(), nowhere));
    }

    @AfterEach
    void stop() {
        secondEventAllowed.countDown();
        gateway.close();
        service.stop(0);
    }

    @Test
    void aPrefixGoesToItsServiceWithoutThePrefixAndTheRestToTheFrontend() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/intake/api/v1/units?size=200")).header("Authorization", "Bearer t")
                .GET()).body()).isEqualTo("GET /api/v1/units?size=200 Bearer t 0 /intake");
        assertThat(send(HttpRequest.newBuilder(uri("/static/bundle/app.js")).GET()).body())
                .isEqualTo("GET /static/bundle/app.js null 0 /");
        // a step without a body (accept, result return) and one with
        assertThat(send(HttpRequest.newBuilder(uri("/intake/api/v1/dossiers/1/accept"))
                .POST(HttpRequest.BodyPublishers.noBody())).body()).startsWith("POST /api/v1/dossiers/1/accept null 0");
        assertThat(send(HttpRequest.newBuilder(uri("/intake/api/v1/dossiers"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))).body()).startsWith("POST /api/v1/dossiers null 7");
    }

    @Test
    void anEventOfAStreamPassesWhenItComesNotWhenTheStreamEnds() throws Exception {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri("/intake/api/v1/stream")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] first = new byte["data: one\n\n".length()];
            int read = 0;
            while (read < first.length) {
                read += in.read(first, read, first.length - read);
            }
            assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("data: one\n\n");
            secondEventAllowed.countDown();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("data: two\n\n");
        }
    }

    @Test
    void aServiceThatIsDownIsA503ProblemInVietnamese() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/records/api/v1/dossiers")).GET());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("Dịch vụ tạm thời không phản hồi", "records");
    }

    @Test
    void aDemoTokenIsOnlyForARealRoleAndUnit() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/auth/demo-token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"root\"}")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("vai trò phải là một trong");
        HttpResponse<String> province = send(HttpRequest.newBuilder(uri("/auth/demo-token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"auditor\"}")));
        assertThat(province.statusCode()).isEqualTo(200);
        assertThat(province.body()).startsWith("{\"token\":\"ey");
        // the units come from intake-service, which is down here: a clear 503, not a token for a made-up unit
        HttpResponse<String> unit = send(HttpRequest.newBuilder(uri("/auth/demo-token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"clerk\",\"unit\":\"99999\"}")));
        assertThat(unit.statusCode()).isEqualTo(503);
    }

    private URI uri(String path) {
        return URI.create(gateway.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
