package org.motcua.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenTelemetry collector as far as the services can tell: it takes their spans over OTLP/HTTP (protobuf) on
 * loopback and keeps each export as it came, so that a test can find a trace in them and scan them for personal
 * data. The services export to it as they would to the cluster's collector.
 */
final class TraceCollector implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static TraceCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            TraceCollector collector = new TraceCollector(server);
            server.createContext("/v1/traces", collector::take);
            server.start();
            return collector;
        } catch (IOException e) {
            throw new IllegalStateException("the trace collector cannot listen", e);
        }
    }

    private void take(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            exports.add(body.readAllBytes());
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    /** The endpoint the services export to (OTLP over HTTP). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The services (their {@code service.name}) that exported spans of the trace. */
    Set<String> servicesInTrace(String traceId, List<String> services) {
        byte[] id = HexFormat.of().parseHex(traceId);
        return exports.stream().filter(e -> contains(e, id))
                .flatMap(e -> services.stream().filter(s -> contains(e, s.getBytes(StandardCharsets.UTF_8))))
                .collect(Collectors.toSet());
    }

    /** Every export's bytes as text: the spans' names and attributes are UTF-8 strings within the protobuf. */
    List<String> exportsAsText() {
        return exports.stream().map(e -> new String(e, StandardCharsets.UTF_8)).toList();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
