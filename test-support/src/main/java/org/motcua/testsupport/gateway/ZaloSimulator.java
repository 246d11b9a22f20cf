package org.motcua.testsupport.gateway;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * Zalo Notification Service (ZNS) of a Zalo Official Account: {@code POST /message/template} with the header
 * {@code access_token} and {@code {"phone":"84…","template_id":…,"template_data":{…},"tracking_id":…}}, answered
 * {@code {"error":0,"message":"Success","data":{"msg_id":…}}} or an error code: {@code -124} access token not valid,
 * {@code -108} phone number not valid, {@code -118} no Zalo account for the number, {@code -109} template not
 * found, {@code -32} too many requests. A tracking id already accepted is answered with the first message's id.
 * Its OAuth server renews the official account's tokens ({@link #TOKEN_PATH}): access tokens stay valid until a test
 * expires them, each refresh token serves once.
 */
public final class ZaloSimulator extends GatewaySimulator {

    public static final String PATH = "/message/template";
    public static final String TOKEN_PATH = "/v4/oa/access_token";
    public static final String ACCESS_TOKEN = "motcua-zalo-oa-token";
    public static final String REFRESH_TOKEN = "motcua-zalo-refresh-token";
    public static final String APP_ID = "motcua-zalo-app";
    public static final String SECRET_KEY = "motcua-zalo-app-secret";
    public static final String TEMPLATE_ID = "250001";
    /** Zalo's access tokens last 25 hours. */
    public static final long TOKEN_SECONDS = 90_000;

    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final List<String> refreshTokensSpent = new CopyOnWriteArrayList<>();

    private ZaloSimulator(int port) {
        super(port, PATH);
        accessTokens.add(ACCESS_TOKEN);
        refreshTokens.add(REFRESH_TOKEN);
        route(TOKEN_PATH, this::token);
    }

    /** The refresh tokens spent so far, in order (each serves once). */
    public List<String> refreshTokensSpent() {
        return List.copyOf(refreshTokensSpent);
    }

    /** Every access token issued so far stops being valid (as when they expire, or the OA withdraws the grant). */
    public void expireAccessTokens() {
        accessTokens.clear();
    }

    /** One access token stops being valid. */
    public void expire(String accessToken) {
        accessTokens.remove(accessToken);
    }

    /**
     * {@code POST /v4/oa/access_token}, a form with {@code refresh_token}, {@code app_id} and
     * {@code grant_type=refresh_token}, the app's {@code secret_key} as a header: a new access token and a new
     * refresh token, {@code expires_in} as a string of seconds; the refresh token used is spent.
     */
    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = new HashMap<>();
            for (String field : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                int equals = field.indexOf('=');
                if (equals > 0) {
                    form.put(URLDecoder.decode(field.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(field.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            Answer answer;
            if (isDown()) {
                answer = new Answer(503, Map.of("message", "Service Unavailable"));
            } else if (!SECRET_KEY.equals(exchange.getRequestHeaders().getFirst("secret_key"))
                    || !APP_ID.equals(form.get("app_id"))) {
                answer = tokenError(-14002, "Invalid app_id or secret_key");
            } else if (!"refresh_token".equals(form.get("grant_type"))) {
                answer = tokenError(-14001, "Invalid grant_type");
            } else if (form.get("refresh_token") == null || !refreshTokens.remove(form.get("refresh_token"))) {
                answer = tokenError(-14014, "Invalid refresh token");
            } else {
                refreshTokensSpent.add(form.get("refresh_token"));
                String access = "zalo-access-" + UUID.randomUUID();
                String refresh = "zalo-refresh-" + UUID.randomUUID();
                accessTokens.add(access);
                refreshTokens.add(refresh);
                answer = new Answer(200, Map.of("access_token", access, "refresh_token", refresh,
                        "expires_in", String.valueOf(TOKEN_SECONDS)));
            }
            respond(exchange, answer);
        }
    }

    private static Answer tokenError(int code, String name) {
        return new Answer(200, Map.of("error", code, "error_name", name, "error_reason", name,
                "error_description", name));
    }

    /** Starts on the given port (0: a free one). */
    public static ZaloSimulator start(int port) {
        return new ZaloSimulator(port);
    }

    @Override
    protected Answer answer(HttpExchange exchange, JsonNode request) {
        if (!accessTokens.contains(String.valueOf(exchange.getRequestHeaders().getFirst("access_token")))) {
            return error(-124, "Access token is invalid");
        }
        if (!TEMPLATE_ID.equals(text(request, "template_id"))) {
            return error(-109, "Template is not found");
        }
        String phone = text(request, "phone");
        if (phone == null || !phone.matches("84[0-9]{9}")) {
            return error(-108, "Phone number is invalid");
        }
        if (isUnreachable(phone)) {
            return error(-118, "Zalo account is not existed");
        }
        if (isBusy(phone)) {
            return error(-32, "Exceeded rate limit");
        }
        JsonNode data = request.get("template_data");
        String content = data == null ? null : text(data, "noi_dung");
        String trackingId = text(request, "tracking_id");
        if (content == null || trackingId == null) {
            return error(-100, "Missing template_data.noi_dung or tracking_id");
        }
        Accepted message = accept(trackingId, phone, content);
        return new Answer(200, Map.of("error", 0, "message", "Success",
                "data", Map.of("msg_id", message.providerId(), "sent_time", String.valueOf(System.currentTimeMillis()))));
    }

    private static Answer error(int code, String message) {
        return new Answer(200, Map.of("error", code, "message", message));
    }
}
