package org.motcua.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.motcua.testsupport.JwtKeys;
import org.motcua.testsupport.PlatformInfrastructure;

/**
 * The four services running against one Kafka and one PostgreSQL (a database each), and the clerk frontend: what
 * the local stack and the end-to-end tests start.
 */
public final class Platform implements AutoCloseable {

    private final List<ServiceProcess> services;
    private final Path root;
    private final Map<String, Map<String, String>> environments = new HashMap<>();

    private Platform(List<ServiceProcess> services, Path root) {
        this.services = services;
        this.root = root;
    }

    /**
     * Starts every service (in parallel) and waits until all are ready.
     *
     * @param root          repository root with the built services
     * @param infra         Kafka and PostgreSQL
     * @param specs         which services on which ports
     * @param publicKeyFile the key that verifies tokens
     * @param registriesUrl the national data-sharing gateway (the registry simulator here)
     * @param logs          where each service's log goes
     */
    public static Platform start(Path root, PlatformInfrastructure infra, List<ServiceSpec> specs, Path publicKeyFile,
            String registriesUrl, Path logs) {
        return start(root, infra, specs, publicKeyFile, registriesUrl, Map.of(), logs);
    }

    /**
     * Starts every service as above, with more configuration for all of them (the message channels' addresses).
     */
    public static Platform start(Path root, PlatformInfrastructure infra, List<ServiceSpec> specs, Path publicKeyFile,
            String registriesUrl, Map<String, String> more, Path logs) {
        List<ServiceProcess> started = new ArrayList<>();
        Platform platform = new Platform(started, root);
        AuditKeys auditKeys = AuditKeys.loadOrCreate(logs.resolveSibling("keys"));
        try {
            for (ServiceSpec spec : specs) {
                Map<String, String> env = new HashMap<>();
                if (spec.hasApi()) {
                    infra.ensureDatabase(spec.database());
                    env.put("MOTCUA_DB_URL", infra.jdbcUrl(spec.database()));
                }
                env.put("MOTCUA_DB_USER", infra.databaseUser());
                env.put("MOTCUA_DB_PASSWORD", infra.databasePassword());
                env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
                env.put("MOTCUA_JWT_PUBLIC_KEY_LOCATION", publicKeyFile.toUri().toString());
                env.put("MOTCUA_REGISTRIES_URL", registriesUrl);
                // beside the logs, in the stack's data
                env.put("MOTCUA_DOCUMENTS_ROOT", logs.resolveSibling("documents").toString());
                env.put("MOTCUA_MIGRATIONS_ROOT", logs.resolveSibling("migrations").toString());
                env.put("MOTCUA_AUDIT_SIGNING_KEY", auditKeys.signingKey());
                env.put("MOTCUA_AUDIT_VERIFY_KEY", auditKeys.verifyKey());
                env.putAll(more);
                platform.environments.put(spec.name(), env);
                started.add(ServiceProcess.start(spec, root, env, logs.resolve(spec.name() + ".log")));
            }
            for (ServiceProcess service : started) {
                service.awaitReady(Duration.ofSeconds(180));
            }
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public List<ServiceProcess> services() {
        return services;
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.spec().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /**
     * Kills the service as a crash would (SIGKILL: no shutdown hook runs), starts it again with the same configuration
     * and waits until it is ready; its log goes on in the same file.
     */
    public ServiceProcess crashAndRestart(String name) {
        ServiceProcess old = service(name);
        old.kill();
        ServiceProcess restarted = startAgain(old);
        restarted.awaitReady(Duration.ofSeconds(180));
        return restarted;
    }

    /** Starts again every service whose process has ended (crashed, killed), as Kubernetes would; returns their names. */
    public synchronized List<String> restartStopped() {
        List<String> restarted = new ArrayList<>();
        for (ServiceProcess service : List.copyOf(services)) {
            if (!service.isAlive()) {
                startAgain(service);
                restarted.add(service.spec().name());
            }
        }
        return restarted;
    }

    private synchronized ServiceProcess startAgain(ServiceProcess old) {
        ServiceProcess again = ServiceProcess.start(old.spec(), root, environments.get(old.spec().name()), old.log());
        services.set(services.indexOf(old), again);
        return again;
    }

    /** The gateway of one origin: each service's API under its prefix ({@code /intake}...), the frontend at the root. */
    public Gateway startGateway(int port, JwtKeys keys) {
        return startGateway(port, keys, URI.create(service("clerk-ui").baseUrl()));
    }

    /** The gateway as above, with another frontend at the root (one configured otherwise, such as for OIDC). */
    public Gateway startGateway(int port, JwtKeys keys, URI frontend) {
        Map<String, URI> routes = new java.util.LinkedHashMap<>();
        services.stream().filter(s -> s.spec().hasApi())
                .forEach(s -> routes.put("/" + s.spec().name(), URI.create(s.baseUrl())));
        return Gateway.start(port, routes, frontend, new DemoSignIn(keys, URI.create(service("intake").baseUrl())));
    }

    /** Stops every service, in parallel. */
    @Override
    public void close() {
        services.parallelStream().forEach(ServiceProcess::close);
    }
}
