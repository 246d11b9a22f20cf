package org.motcua.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.motcua.testsupport.JwtKeys;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A province OIDC provider as the clerk frontend meets it, for its sign-in test: discovery, the authorization endpoint
 * (the user is already signed in there: it answers at once with a code) and the token endpoint, which gives a token
 * only for the code it issued, the same redirect URI, the public client's id and a verifier whose S256 hash is the
 * challenge it was given (RFC 7636). Tokens are signed with the services' test key, as the province's would be with
 * the key the services trust.
 */
final class OidcProviderSimulator implements AutoCloseable {

    static final String CLIENT_ID = "motcua-clerk-ui";

    private record Grant(String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final JwtKeys keys;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final String subject;
    private final String name;
    private final String role;
    private final String unit;

    private OidcProviderSimulator(HttpServer server, JwtKeys keys, String subject, String name, String role, String unit) {
        this.server = server;
        this.keys = keys;
        this.subject = subject;
        this.name = name;
        this.role = role;
        this.unit = unit;
    }

    /** A provider on a free port whose signed-in user is the given person. */
    static OidcProviderSimulator start(JwtKeys keys, String name, String role, String unit) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        OidcProviderSimulator provider = new OidcProviderSimulator(server, keys, role + "." + unit + "@quangngai.gov.vn",
                name, role, unit);
        server.createContext("/.well-known/openid-configuration", provider::discovery);
        server.createContext("/auth", provider::authorize);
        server.createContext("/token", provider::token);
        server.start();
        return provider;
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Token requests refused (a wrong verifier, code, client or redirect URI). */
    int refused() {
        return refused.get();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        answer(exchange, 200, "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + issuer()
                + "/auth\",\"token_endpoint\":\"" + issuer() + "/token\",\"code_challenge_methods_supported\":[\"S256\"]}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(q.get("response_type")) || !CLIENT_ID.equals(q.get("client_id"))
                || !"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null
                || q.get("state") == null) {
            answer(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(q.get("code_challenge"), q.get("redirect_uri")));
        String back = q.get("redirect_uri") + "?code=" + code + "&state=" + q.get("state");
        exchange.getResponseHeaders().set("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(String.valueOf(f.get("code")));
        if (grant == null || !"authorization_code".equals(f.get("grant_type")) || !CLIENT_ID.equals(f.get("client_id"))
                || !grant.redirectUri().equals(f.get("redirect_uri")) || f.get("code_verifier") == null
                || !grant.challenge().equals(s256(f.get("code_verifier")))) {
            refused.incrementAndGet();
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"" + keys.token(subject, name, role, unit, Duration.ofHours(1))
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /** JSON with the CORS header a provider sends to its registered web origins. */
    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
