package org.motcua.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real OpenID Connect provider: Keycloak's server distribution (the zip published on Maven Central, unpacked by
 * the build), started in development mode with the province's realm ({@code keycloak/motcua-realm.json}: the
 * roles, the {@code unit} claim, demo staff of real units, the integration clients). Keycloak needs Java 21 or
 * later: {@link #javaHome()} finds one beside the build's JDK.
 */
public final class KeycloakServer implements AutoCloseable {

    /** The province's realm. */
    public static final String REALM = "motcua";
    /** The audience the realm puts in every token for the services. */
    public static final String AUDIENCE = "motcua";
    /** The staff's client (public, PKCE). */
    public static final String WEB_CLIENT = "motcua-clerk-ui";
    /** Every demo person's password. */
    public static final String DEMO_PASSWORD = "motcua-demo";
    /** The system property naming the unpacked distribution ({@code keycloak-<version>} folder). */
    public static final String HOME_PROPERTY = "motcua.keycloak.home";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    private KeycloakServer(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Where the distribution was unpacked ({@value #HOME_PROPERTY}), if the build did.
     */
    public static Optional<Path> home() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || !Files.exists(Path.of(home, "bin", "kc.sh")) ? Optional.empty()
                : Optional.of(Path.of(home));
    }

    /** The distribution unpacked in {@code directory} (its {@code keycloak-<version>} folder), if there is one. */
    public static Optional<Path> homeIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("keycloak-")
                    && Files.exists(p.resolve("bin/kc.sh"))).max(Comparator.naturalOrder());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The server's address, for its admin console ({@code /admin}, user and password {@code admin} here). */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * A JDK of version 21 or later: {@code MOTCUA_KEYCLOAK_JAVA_HOME}, the running JDK if it is recent enough, or
     * the most recent one under {@code /usr/lib/jvm}.
     */
    public static Optional<Path> javaHome() {
        String configured = System.getenv("MOTCUA_KEYCLOAK_JAVA_HOME");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        Path running = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= 21) {
            return Optional.of(running);
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> featureOf(jdk) >= 21 && Files.isExecutable(jdk.resolve("bin/java")))
                    .max(Comparator.comparingInt(KeycloakServer::featureOf));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int featureOf(Path jdk) {
        Path release = jdk.resolve("release");
        if (!Files.exists(release)) {
            return 0;
        }
        try (InputStream in = Files.newInputStream(release)) {
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Starts Keycloak from the distribution in {@code home} on a free port with the realm, and waits until the realm
     * answers. Its data (an H2 file in the distribution's {@code data}) is started afresh when {@code fresh}, else a
     * realm already there is kept as it is. The clerk frontend is served at {@code uiOrigin} (the gateway's
     * {@code http://host:port}): the only origin the realm lets sign in and exchange a code.
     */
    public static KeycloakServer start(Path home, Path java, boolean fresh, String uiOrigin) {
        return start(home, java, fresh, uiOrigin, 0);
    }

    /** As {@link #start(Path, Path, boolean, String)}, on {@code port} (0: a free one). */
    public static KeycloakServer start(Path home, Path java, boolean fresh, String uiOrigin, int port) {
        try {
            port = port == 0 ? EmbeddedInfrastructure.freePort() : port;
            Path data = home.resolve("data");
            if (fresh) {
                Directories.deleteTree(data.resolve("h2"));
            }
            Path importDir = Files.createDirectories(data.resolve("import"));
            try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/motcua-realm.json")) {
                Files.copy(realm, importDir.resolve("motcua-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            Path log = data.resolve("keycloak.log");
            List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-host=127.0.0.1", "--hostname-strict=false",
                    "--health-enabled=true", "--db=dev-file", "--cache=local"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", java.toString());
            env.put("PATH", java.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            env.put("MOTCUA_UI_ORIGIN", uiOrigin); // the realm file's placeholder
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.remove("JAVA_TOOL_OPTIONS");
            KeycloakServer server = new KeycloakServer(builder.start(), "http://127.0.0.1:" + port);
            server.awaitRealm(log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
    }

    private void awaitRealm(Path log) {
        Instant until = Instant.now().plus(START_TIMEOUT);
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(log));
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
        }
        close();
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static String tail(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.collect(Collectors.toList());
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    /** The realm's issuer ({@code iss} of its tokens, {@code mp.jwt.verify.issuer}). */
    public String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    /** The realm's signing keys (JWKS), for {@code mp.jwt.verify.publickey.location}. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** An access token for a demo person of the realm (the password grant of the staff's client). */
    public String personToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", WEB_CLIENT, "username", username, "password",
                DEMO_PASSWORD, "scope", "openid"));
    }

    /** An access token for an integration client (client credentials). */
    public String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /**
     * Rotates the realm's signing key as an operator would: a new RSA key (generated by Keycloak) with a higher
     * priority signs the tokens from now on; the old one stays published until it is removed.
     */
    public void rotateSigningKey() {
        String admin = token(baseUrl + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin"));
        try {
            HttpResponse<String> realm = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM))
                    .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
            String realmId = JSON.readTree(realm.body()).path("id").asText();
            String component = JSON.writeValueAsString(Map.of("name", "rsa-rotated-" + System.nanoTime(),
                    "providerId", "rsa-generated", "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                    "config", Map.of("priority", List.of("1000"), "keySize", List.of("2048"),
                            "algorithm", List.of("RS256"), "active", List.of("true"), "enabled", List.of("true"))));
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/admin/realms/" + REALM + "/components"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(component)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak refused the new key: " + created.statusCode() + " "
                        + created.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(Map<String, String> form) {
        return token(tokenUrl(), form);
    }

    private String token(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the token request: " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            return answer.path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
