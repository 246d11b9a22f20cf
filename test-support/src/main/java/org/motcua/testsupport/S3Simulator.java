package org.motcua.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An S3-compatible object store for tests, speaking the part of the S3 REST protocol an object-storage adapter
 * uses, path-style ({@code /bucket/key}): PUT bucket, PUT/GET (with {@code Range})/HEAD/DELETE object, S3's XML
 * errors. Like S3 it refuses requests not signed with AWS Signature V4 for its access key, a body whose
 * {@code x-amz-content-sha256} or {@code x-amz-checksum-sha256} does not match it, and a missing bucket; it decodes
 * {@code aws-chunked} bodies. Objects are kept in memory.
 */
public final class S3Simulator implements AutoCloseable {

    public static final String ACCESS_KEY = "motcua-test-access";
    public static final String SECRET_KEY = "motcua-test-secret";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private final HttpServer server;
    private final Set<String> buckets = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    private S3Simulator(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free port. */
    public static S3Simulator start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            S3Simulator simulator = new S3Simulator(server);
            server.createContext("/", simulator::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void createBucket(String bucket) {
        buckets.add(bucket);
    }

    /** The objects of a bucket, by key. */
    public Map<String, byte[]> objects(String bucket) {
        Map<String, byte[]> inBucket = new java.util.TreeMap<>();
        objects.forEach((path, bytes) -> {
            if (path.startsWith(bucket + "/")) {
                inBucket.put(path.substring(bucket.length() + 1), bytes);
            }
        });
        return inBucket;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/")
                    || exchange.getRequestHeaders().getFirst("x-amz-date") == null) {
                error(exchange, 403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
                return;
            }
            String path = java.net.URLDecoder.decode(exchange.getRequestURI().getRawPath().substring(1), StandardCharsets.UTF_8);
            int slash = path.indexOf('/');
            String bucket = slash < 0 ? path : path.substring(0, slash);
            String key = slash < 0 || slash == path.length() - 1 ? null : path.substring(slash + 1);
            String method = exchange.getRequestMethod();
            if (key == null) {
                if ("PUT".equals(method)) {
                    buckets.add(bucket);
                    exchange.sendResponseHeaders(200, -1);
                } else {
                    exchange.sendResponseHeaders(buckets.contains(bucket) ? 200 : 404, -1);
                }
                return;
            }
            if (!buckets.contains(bucket)) {
                error(exchange, 404, "NoSuchBucket", "The specified bucket does not exist");
                return;
            }
            switch (method) {
                case "PUT" -> put(exchange, bucket + "/" + key);
                case "GET", "HEAD" -> get(exchange, bucket + "/" + key, "HEAD".equals(method));
                case "DELETE" -> {
                    objects.remove(bucket + "/" + key);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 405, "MethodNotAllowed", "The specified method is not allowed");
            }
        }
    }

    private void put(HttpExchange exchange, String path) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String contentSha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        byte[] body = contentSha != null && contentSha.startsWith("STREAMING-") ? unchunk(raw) : raw;
        if (contentSha != null && contentSha.matches("[0-9a-f]{64}") && !contentSha.equals(hex(digest("SHA-256", body)))) {
            error(exchange, 400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
            return;
        }
        String checksum = exchange.getRequestHeaders().getFirst("x-amz-checksum-sha256");
        if (checksum != null && !checksum.equals(Base64.getEncoder().encodeToString(digest("SHA-256", body)))) {
            error(exchange, 400, "BadDigest", "The SHA256 you specified did not match the calculated checksum.");
            return;
        }
        objects.put(path, body);
        exchange.getResponseHeaders().add("ETag", "\"" + hex(digest("MD5", body)) + "\"");
        if (checksum != null) {
            exchange.getResponseHeaders().add("x-amz-checksum-sha256", checksum);
        }
        exchange.sendResponseHeaders(200, -1);
    }

    private void get(HttpExchange exchange, String path, boolean head) throws IOException {
        byte[] body = objects.get(path);
        if (body == null) {
            if (head) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
            }
            return;
        }
        int from = 0;
        int to = body.length - 1;
        int status = 200;
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range != null) {
            Matcher m = RANGE.matcher(range);
            if (!m.matches() || Long.parseLong(m.group(1)) >= body.length) {
                error(exchange, 416, "InvalidRange", "The requested range is not satisfiable");
                return;
            }
            from = Integer.parseInt(m.group(1));
            to = m.group(2).isEmpty() ? body.length - 1 : Math.min(body.length - 1, Integer.parseInt(m.group(2)));
            status = 206;
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.getResponseHeaders().add("ETag", "\"" + hex(digest("MD5", body)) + "\"");
        exchange.getResponseHeaders().add("Accept-Ranges", "bytes");
        if (head) {
            exchange.getResponseHeaders().add("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(status, to - from + 1L);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, from, to - from + 1);
        }
    }

    /** The payload of an {@code aws-chunked} body: "size;chunk-signature=…\r\n" data "\r\n", until a chunk of size 0. */
    private static byte[] unchunk(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int lineEnd = indexOfCrlf(raw, i);
            String header = new String(raw, i, lineEnd - i, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            i = lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(raw, i, size);
            i += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>motcua-s3-simulator</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }

    private static byte[] digest(String algorithm, byte[] body) {
        try {
            return MessageDigest.getInstance(algorithm).digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
