package org.motcua.testsupport.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * What the simulators of message gateways (SMS, Zalo) share: a JSON-over-HTTP server on one path that keeps what
 * it accepted (once per request id, as the gateways deduplicate), can be taken down (HTTP 503, as a gateway in
 * maintenance answers) and knows phone numbers it refuses for good.
 */
public abstract class GatewaySimulator implements AutoCloseable {

    /** A message the gateway accepted. */
    public record Accepted(String requestId, String phone, String text, String providerId) {
    }

    /** The gateway's answer: an HTTP status and a JSON body. */
    protected record Answer(int status, Object body) {
    }

    protected static final ObjectMapper JSON = new ObjectMapper();

    static {
        // without it the JDK's server waits for delayed ACKs (Nagle): ~40 ms per answer on a kept-alive connection
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, Accepted> byRequestId = new ConcurrentHashMap<>();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    protected GatewaySimulator(int port, String path) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Takes the gateway down (every request answered 503) or brings it back. */
    public void down(boolean down) {
        this.down = down;
    }

    public boolean isDown() {
        return down;
    }

    /** A phone number the gateway refuses for good (not a subscriber, not on Zalo...). */
    public void unreachable(String phone) {
        unreachable.add(phone);
    }

    /** A phone number the gateway cannot reach for now (answered "try later" until {@link #clear()}). */
    public void busy(String phone) {
        busy.add(phone);
    }

    /** Every message accepted, once each, in the order accepted. */
    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    public void clear() {
        accepted.clear();
        byRequestId.clear();
        unreachable.clear();
        busy.clear();
        down = false;
    }

    /** The messages accepted for one phone number. */
    public List<Accepted> acceptedFor(String phone) {
        return accepted.stream().filter(m -> phone.equals(m.phone())).toList();
    }

    /** The answer to a request the gateway is up for; {@link #accept}, {@link #isUnreachable}, {@link #isBusy} help. */
    protected abstract Answer answer(HttpExchange exchange, JsonNode request);

    protected boolean isUnreachable(String phone) {
        return unreachable.contains(phone);
    }

    protected boolean isBusy(String phone) {
        return busy.contains(phone);
    }

    /** Keeps a message once per request id; returns the one kept before when the id was seen. */
    protected Accepted accept(String requestId, String phone, String text) {
        return byRequestId.computeIfAbsent(requestId, id -> {
            Accepted message = new Accepted(id, phone, text, java.util.UUID.randomUUID().toString());
            accepted.add(message);
            return message;
        });
    }

    protected boolean seen(String requestId) {
        return requestId != null && byRequestId.containsKey(requestId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            if (down) {
                answer = new Answer(503, Map.of("message", "Service Unavailable"));
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                answer = new Answer(405, Map.of("message", "Method Not Allowed"));
            } else {
                JsonNode request;
                try {
                    request = JSON.readTree(exchange.getRequestBody());
                } catch (IOException e) {
                    request = null;
                }
                answer = request == null || !request.isObject() ? new Answer(400, Map.of("message", "Bad JSON"))
                        : answer(exchange, request);
            }
            respond(exchange, answer);
        }
    }

    /** Serves another path of the same server (a gateway's token endpoint...). */
    protected void route(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    /** Writes the answer as JSON. */
    protected static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    protected static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
