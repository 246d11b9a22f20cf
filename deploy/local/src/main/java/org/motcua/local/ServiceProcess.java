package org.motcua.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service started as its own JVM from its packaged application, with its log in a file. */
public final class ServiceProcess implements AutoCloseable {

    /** Four service JVMs share a developer's machine with Kafka and PostgreSQL: small heaps, a serial collector. */
    static final String DEFAULT_JVM_OPTIONS = "-Xmx384m -XX:+UseSerialGC";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceSpec spec, Process process, Path log) {
        this.spec = spec;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the service.
     *
     * @param root the repository root (where the modules are built)
     * @param env  its configuration: database URL, Kafka, key location...
     * @param log  where its output goes
     */
    public static ServiceProcess start(ServiceSpec spec, Path root, Map<String, String> env, Path log) {
        Path jar = spec.jar(root);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -B -ntp -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(List.of(jvmOptions().split("\\s+")));
        command.addAll(List.of("-Dquarkus.http.port=" + spec.port(), "-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            return new ServiceProcess(spec, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name(), e);
        }
    }

    /** Waits until the service reports ready ({@code /q/health/ready}) or fails with its last log lines. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create(baseUrl() + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " stopped with code " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + spec.name(), e);
            }
            pause();
        }
        throw new IllegalStateException(spec.name() + " not ready after " + timeout + ":\n" + tail());
    }

    public String baseUrl() {
        return "http://localhost:" + spec.port();
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** The operating-system process of the service (for CPU accounting in benchmarks). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path log() {
        return log;
    }

    /** The last lines of the service's log. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the service at once (SIGKILL), as a crash or an out-of-memory kill would. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the service to stop (SIGTERM, graceful), then kills it if it does not within 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The services' JVM options: {@value #DEFAULT_JVM_OPTIONS} unless {@code MOTCUA_SERVICE_JVM_OPTIONS} says otherwise. */
    static String jvmOptions() {
        String configured = System.getenv("MOTCUA_SERVICE_JVM_OPTIONS");
        return configured == null || configured.isBlank() ? DEFAULT_JVM_OPTIONS : configured.trim();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
