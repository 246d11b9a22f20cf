package org.motcua.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.motcua.testsupport.JwtKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * The local stack's sign-in for the clerk frontend: a demo user of a real unit and role gets a token signed with the
 * local key. {@code GET /auth/demo-users} lists the roles and the units (read from intake-service);
 * {@code POST /auth/demo-token} with {@code {"role":"officer","unit":"21025"}} answers {@code {"token":"..."}}.
 * Only the local stack has it: in production the frontend signs in with the province's OIDC provider.
 */
public final class DemoSignIn {

    /** A person's name for each role, so that the screens show who is signed in. */
    static final Map<String, String> PEOPLE = orderedOf(
            "clerk", "Nguyễn Thị Mai",
            "officer", "Trần Văn Hùng",
            "leader", "Lê Minh Tuấn",
            "province-admin", "Phạm Thu Hà",
            "auditor", "Võ Quốc Bảo");
    private static final List<String> UNIT_ROLES = List.of("clerk", "officer", "leader");
    private static final Duration VALIDITY = Duration.ofHours(8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JwtKeys keys;
    private final URI intake;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile List<Map<String, String>> units;

    public DemoSignIn(JwtKeys keys, URI intake) {
        this.keys = keys;
        this.intake = intake;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        try {
            if (path.equals("/auth/demo-users") && method.equals("GET")) {
                answer(exchange, 200, Map.of("roles", PEOPLE.keySet(), "units", units()));
            } else if (path.equals("/auth/demo-token") && method.equals("POST")) {
                JsonNode request = JSON.readTree(exchange.getRequestBody());
                answer(exchange, 200, Map.of("token", token(request.path("role").asText(""),
                        request.path("unit").isTextual() ? request.path("unit").asText() : null)));
            } else {
                problem(exchange, 404, "Không có địa chỉ này", path);
            }
        } catch (IllegalArgumentException e) {
            problem(exchange, 400, "Không đăng nhập được", e.getMessage());
        } catch (IllegalStateException e) {
            problem(exchange, 503, "Dịch vụ tạm thời không phản hồi", e.getMessage());
        }
    }

    /** A token for the demo user of the role (and unit: a real one, required for the unit roles). */
    String token(String role, String unit) {
        if (!PEOPLE.containsKey(role)) {
            throw new IllegalArgumentException("vai trò phải là một trong " + PEOPLE.keySet());
        }
        boolean unitScoped = UNIT_ROLES.contains(role);
        if (unitScoped && units().stream().noneMatch(u -> u.get("code").equals(unit))) {
            throw new IllegalArgumentException("cần chọn một đơn vị của tỉnh cho vai trò " + role);
        }
        String scope = unitScoped ? unit : null;
        return keys.token(role + (scope == null ? "" : "." + scope) + "@motcua.local", PEOPLE.get(role), role, scope,
                VALIDITY);
    }

    /** The province's units, read once from intake-service. */
    List<Map<String, String>> units() {
        if (units == null) {
            String admin = keys.token("gateway@motcua.local", "province-admin", null, Duration.ofMinutes(5));
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(intake.resolve("/api/v1/units?size=200"))
                        .header("Authorization", "Bearer " + admin).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("intake-service trả lời " + response.statusCode());
                }
                List<Map<String, String>> read = new ArrayList<>();
                for (JsonNode unit : JSON.readTree(response.body()).path("items")) {
                    read.add(Map.of("code", unit.path("code").asText(), "name", unit.path("name").asText()));
                }
                units = List.copyOf(read);
            } catch (IOException e) {
                throw new IllegalStateException("intake-service chưa sẵn sàng; hãy thử lại sau ít giây");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bị ngắt");
            }
        }
        return units;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(Map.of("title", title, "status", status, "detail", detail));
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> orderedOf(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
