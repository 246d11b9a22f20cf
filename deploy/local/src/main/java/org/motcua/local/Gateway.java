package org.motcua.local;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local stack's single origin, as the Ingress is in Kubernetes: {@code /intake}, {@code /routing}, {@code /records}
 * and {@code /notification} go to the services (the prefix removed), {@code /auth/} signs in the demo users, everything
 * else goes to the clerk frontend. Streams both ways, so uploads and server-sent events pass through unbuffered.
 */
public final class Gateway implements AutoCloseable {

    /** Hop-by-hop headers and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "expect", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-authorization", "proxy-connection", "http2-settings");

    private final HttpServer server;
    private final ExecutorService workers;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, URI> routes;
    private final URI frontend;
    private final DemoSignIn signIn;

    private Gateway(HttpServer server, ExecutorService workers, Map<String, URI> routes, URI frontend, DemoSignIn signIn) {
        this.server = server;
        this.workers = workers;
        this.routes = routes;
        this.frontend = frontend;
        this.signIn = signIn;
    }

    /**
     * Starts the gateway on 127.0.0.1.
     *
     * @param port     its port (0: any free one)
     * @param routes   path prefix (such as {@code /intake}) → the service's base URL
     * @param frontend the clerk frontend's base URL
     * @param signIn   the demo users' sign-in
     */
    public static Gateway start(int port, Map<String, URI> routes, URI frontend, DemoSignIn signIn) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            // a thread per open exchange: an alert stream holds its thread as long as the screen is open
            ExecutorService workers = Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "gateway");
                thread.setDaemon(true);
                return thread;
            });
            Gateway gateway = new Gateway(server, workers, new LinkedHashMap<>(routes), frontend, signIn);
            server.createContext("/", gateway::handle);
            server.setExecutor(workers);
            server.start();
            return gateway;
        } catch (IOException e) {
            throw new IllegalStateException("the gateway cannot listen on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        } catch (RuntimeException e) {
            // a request the gateway cannot pass on: a 502 rather than a dropped connection
            unavailable(exchange, "");
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.startsWith("/auth/")) {
            signIn.handle(exchange);
            return;
        }
        for (Map.Entry<String, URI> route : routes.entrySet()) {
            String prefix = route.getKey();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                forward(exchange, route.getValue(), path.substring(prefix.length()), prefix);
                return;
            }
        }
        forward(exchange, frontend, path, "");
    }

    private void forward(HttpExchange exchange, URI base, String path, String prefix) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        URI target = URI.create(base.toString().replaceAll("/$", "") + (path.isEmpty() ? "/" : path)
                + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).method(exchange.getRequestMethod(), body(exchange));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        request.header("X-Forwarded-Host", exchange.getRequestHeaders().getFirst("Host") == null ? ""
                : exchange.getRequestHeaders().getFirst("Host"));
        request.header("X-Forwarded-Proto", "http");
        request.header("X-Forwarded-Prefix", prefix.isEmpty() ? "/" : prefix);
        request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            unavailable(exchange, prefix);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable(exchange, prefix);
            return;
        }
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(lower) && !lower.equals(":status")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        long length = response.headers().firstValueAsLong("content-length").orElse(-1);
        boolean empty = exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204
                || response.statusCode() == 304 || length == 0;
        exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : Math.max(length, 0));
        try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush(); // an event of a stream goes out when it comes in
            }
        } catch (IOException closed) {
            // the browser went away (a stream closed by leaving the screen): nothing to answer
        }
    }

    private static HttpRequest.BodyPublisher body(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean chunked = "chunked".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Transfer-Encoding"));
        if ((length == null || length.equals("0")) && !chunked) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody);
        return length == null ? stream : HttpRequest.BodyPublishers.fromPublisher(stream, Long.parseLong(length));
    }

    /** The service behind the prefix does not answer: a problem the frontend shows in Vietnamese. */
    private static void unavailable(HttpExchange exchange, String prefix) throws IOException {
        String service = prefix.isEmpty() ? "giao diện" : prefix.substring(1);
        byte[] problem = ("{\"type\":\"urn:motcua:problem:service-unavailable\",\"title\":\"Dịch vụ tạm thời không phản hồi\","
                + "\"status\":503,\"detail\":\"Dịch vụ " + service + " đang khởi động lại hoặc gián đoạn; vui lòng thử lại"
                + " sau ít phút. Dữ liệu đã nhập vẫn được giữ.\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of("application/problem+json"));
        exchange.getResponseHeaders().put("Retry-After", List.of("5"));
        exchange.sendResponseHeaders(503, problem.length);
        exchange.getResponseBody().write(problem);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
