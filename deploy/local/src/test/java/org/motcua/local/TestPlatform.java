package org.motcua.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.PlatformInfrastructure;
import org.motcua.testsupport.RegistrySimulator;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.gateway.MailServer;

/**
 * The packaged services, the clerk frontend and the gateway, started once for all the end-to-end tests of this module
 * (each start costs a minute) against one real Kafka and one real PostgreSQL; stopped when the test run ends.
 */
final class TestPlatform implements BeforeAllCallback {

    /** What runs: the platform with its simulators and the gateway of one origin. */
    record Running(Platform platform, RegistrySimulator registries, MailServer mail, Gateway gateway,
            TraceCollector traces) implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        @Override
        public void close() {
            gateway.close();
            platform.close();
            registries.close();
            mail.close();
            traces.close();
        }

        String url(String service, String path) {
            return platform.service(service).baseUrl() + path;
        }
    }

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestPlatform.class, key -> start(), Running.class);
    }

    static Running running() {
        return running;
    }

    private static synchronized Running start() {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        // Kafka, PostgreSQL and the simulators take their ports first, so the services' free ports cannot collide.
        PlatformInfrastructure infra = TestInfrastructure.shared();
        RegistrySimulator registries = RegistrySimulator.start(0);
        MailServer mail = MailServer.start(0);
        TraceCollector traces = TraceCollector.start();
        List<ServiceSpec> specs = ServiceSpec.ALL.stream()
                .map(s -> s.withPort(EmbeddedInfrastructure.freePort())).toList();
        try {
            Platform platform = Platform.start(root, infra, specs, TestTokens.keys().publicKeyFile(),
                    registries.baseUrl(), Map.of("MOTCUA_SMTP_HOST", mail.host(), "MOTCUA_SMTP_PORT",
                            String.valueOf(mail.port()), "MOTCUA_SMTP_STARTTLS", "DISABLED", "MOTCUA_UI_SIGN_IN", "demo",
                            // traced as in the cluster, to a collector of the test's own
                            "QUARKUS_OTEL_SDK_DISABLED", "false", "MOTCUA_OTLP_ENDPOINT", traces.endpoint(),
                            "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s"),
                    Files.createDirectories(root.resolve("deploy/local/target/e2e-logs")));
            running = new Running(platform, registries, mail, platform.startGateway(0, TestTokens.keys()), traces);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
