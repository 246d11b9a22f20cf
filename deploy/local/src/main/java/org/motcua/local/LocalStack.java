package org.motcua.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.motcua.testsupport.Directories;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.JwtKeys;
import org.motcua.testsupport.KeycloakServer;
import org.motcua.testsupport.RegistrySimulator;
import org.motcua.testsupport.gateway.MailServer;
import org.motcua.testsupport.gateway.SmsGatewaySimulator;
import org.motcua.testsupport.gateway.ZaloSimulator;

/**
 * The whole platform on one machine: embedded PostgreSQL and Kafka with their data in
 * {@code deploy/local/.data} (kept across restarts), the four services, a printed demo token.
 * Ctrl-C stops everything. Run it with {@code deploy/local/run.sh [--reset] [--keycloak]}: with
 * {@code --keycloak}, a real OIDC provider (Keycloak, the province's realm) signs everyone in, as in production.
 */
public final class LocalStack {

    static final int POSTGRES_PORT = 55432;
    static final int KAFKA_PORT = 59092;
    static final int KAFKA_CONTROLLER_PORT = 59093;
    static final int REGISTRIES_PORT = 8090;
    static final int SMS_PORT = 8091;
    static final int ZALO_PORT = 8092;
    static final int SMTP_PORT = 3025;
    static final int MAILBOX_PORT = 8025;
    /** The one origin of the frontend and the APIs, as the Ingress is in Kubernetes. */
    static final int GATEWAY_PORT = 8080;
    /** Keycloak, with {@code --keycloak}. */
    static final int KEYCLOAK_PORT = 8180;
    /** A real unit for the demo token: Phường Cẩm Thành. */
    static final String DEMO_UNIT = "21025";

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        Options options = Options.parse(args);
        Path data = options.root.resolve("deploy/local/.data");
        if (options.reset) {
            say("Xoá dữ liệu cũ / wiping " + data);
            Directories.deleteTree(data);
        }
        List<Integer> ports = new ArrayList<>(List.of(GATEWAY_PORT, POSTGRES_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT, REGISTRIES_PORT,
                SMS_PORT, ZALO_PORT, SMTP_PORT, MAILBOX_PORT));
        if (options.keycloak) {
            ports.add(KEYCLOAK_PORT);
        }
        ServiceSpec.ALL.forEach(s -> ports.add(s.port()));
        requireFree(ports);

        say("motcua: the clerk frontend will be at http://127.0.0.1:" + GATEWAY_PORT + "/ once everything has started.");
        JwtKeys keys = JwtKeys.loadOrCreate(data.resolve("keys"));
        say("Starting PostgreSQL (:" + POSTGRES_PORT + ") and Kafka (:" + KAFKA_PORT + ")...");
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.startPersistent(data, POSTGRES_PORT, KAFKA_PORT,
                KAFKA_CONTROLLER_PORT);
        RegistrySimulator registries = RegistrySimulator.start(REGISTRIES_PORT);
        MailServer mail = MailServer.start(SMTP_PORT);
        SmsGatewaySimulator sms = SmsGatewaySimulator.start(SMS_PORT);
        ZaloSimulator zalo = ZaloSimulator.start(ZALO_PORT);
        Mailbox mailbox = Mailbox.start(MAILBOX_PORT, mail, sms, zalo);
        KeycloakServer keycloak = options.keycloak ? startKeycloak(options) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Platform[] platform = new Platform[1];
        Gateway[] gateway = new Gateway[1];
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "restart-stopped-services");
            thread.setDaemon(true);
            return thread;
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping...");
            watchdog.shutdownNow();
            if (gateway[0] != null) {
                gateway[0].close();
            }
            if (platform[0] != null) {
                platform[0].close();
            }
            registries.close();
            mailbox.close();
            mail.close();
            sms.close();
            zalo.close();
            if (keycloak != null) {
                keycloak.close();
            }
            infra.close();
            say("Stopped.");
            stopped.countDown();
        }, "stop-local-stack"));

        say("Starting the services (logs in " + data.resolve("logs") + ")...");
        Map<String, String> env = new HashMap<>(Map.of("MOTCUA_SMTP_HOST", mail.host(),
                "MOTCUA_SMTP_PORT", String.valueOf(mail.port()), "MOTCUA_SMTP_STARTTLS", "DISABLED",
                "MOTCUA_SMS_URL", sms.baseUrl(), "MOTCUA_ZALO_URL", zalo.baseUrl(),
                "MOTCUA_ZALO_TOKEN_URL", zalo.baseUrl() + ZaloSimulator.TOKEN_PATH, "MOTCUA_UI_SIGN_IN", "demo"));
        if (keycloak != null) {
            // as a province runs it: the provider's tokens only, the frontend signing in there
            env.putAll(Map.of("MOTCUA_JWT_ISSUER", keycloak.issuer(), "MOTCUA_JWT_PUBLIC_KEY_LOCATION", keycloak.jwksUrl(),
                    "MOTCUA_JWT_AUDIENCES", KeycloakServer.AUDIENCE, "MOTCUA_UI_SIGN_IN", "oidc",
                    "MOTCUA_OIDC_ISSUER", keycloak.issuer()));
        }
        platform[0] = Platform.start(options.root, infra, ServiceSpec.ALL, keys.publicKeyFile(), registries.baseUrl(),
                env, data.resolve("logs"));
        gateway[0] = platform[0].startGateway(GATEWAY_PORT, keys);
        printWelcome(platform[0], gateway[0], keys, keycloak);
        // a service that crashes or is killed is started again, as Kubernetes does (its log says so)
        watchdog.scheduleWithFixedDelay(() -> platform[0].restartStopped()
                .forEach(name -> say(name + " stopped; starting it again")), 5, 5, TimeUnit.SECONDS);
        stopped.await();
    }

    /** Keycloak from the distribution the build unpacked, with a JDK ≥ 21; its realm kept unless {@code --reset}. */
    private static KeycloakServer startKeycloak(Options options) {
        Path home = KeycloakServer.homeIn(options.root.resolve("deploy/local/target/keycloak")).orElseThrow(
                () -> new IllegalStateException("Keycloak is not unpacked: build first (deploy/local/run.sh without --no-build)"));
        Path java = KeycloakServer.javaHome().orElseThrow(() -> new IllegalStateException(
                "Keycloak needs Java 21 or later: install one or set MOTCUA_KEYCLOAK_JAVA_HOME"));
        say("Starting Keycloak (:" + KEYCLOAK_PORT + ", the first start takes a minute)...");
        return KeycloakServer.start(home, java, options.reset, "http://127.0.0.1:" + GATEWAY_PORT, KEYCLOAK_PORT);
    }

    private static void printWelcome(Platform platform, Gateway gateway, JwtKeys keys, KeycloakServer keycloak) {
        StringBuilder text = new StringBuilder("\nmotcua is running.\n\n")
                .append("  Mở trình duyệt / open in a browser:  ").append(gateway.baseUrl()).append("/\n")
                .append(keycloak == null ? "  (the clerk frontend; sign in as a demo user of any unit and role;"
                        : "  (the clerk frontend; sign in at Keycloak as tiepnhan.21025, xuly.21025, xuly.21028,"
                                + " lanhdao.21025, quantri.tinh or thanhtra.tinh, password " + KeycloakServer.DEMO_PASSWORD
                                + ";\n   Keycloak's console: " + keycloak.baseUrl() + "/admin, admin/admin;")
                .append(" each API is also there under\n")
                .append("   /intake, /routing, /records and /notification)\n\n");
        for (ServiceProcess service : platform.services().stream().filter(s -> s.spec().hasApi()).toList()) {
            text.append(String.format("  %-13s %s   Swagger UI: %s/q/swagger-ui%n", service.spec().name(),
                    service.baseUrl(), service.baseUrl()));
        }
        text.append("\nKafka: 127.0.0.1:").append(KAFKA_PORT).append("   PostgreSQL: 127.0.0.1:").append(POSTGRES_PORT)
                .append(" (user postgres)\n")
                .append("National registry simulator: ").append("http://127.0.0.1:").append(REGISTRIES_PORT)
                .append(" (demo citizens: test-support/src/main/resources/registry-simulator/README.md)\n")
                .append("Hộp thư thử nghiệm (mails, SMS, Zalo the citizens received): http://127.0.0.1:").append(MAILBOX_PORT)
                .append("   SMTP :").append(SMTP_PORT).append(" (curl -X POST http://127.0.0.1:").append(MAILBOX_PORT)
                .append("/smtp/stop, /smtp/start)\n");
        if (keycloak == null) {
            text.append("\nToken of a clerk of unit ").append(DEMO_UNIT).append(" (Phường Cẩm Thành), valid 8 hours:\n\n")
                    .append("export TOKEN=").append(keys.token("clerk." + DEMO_UNIT + "@motcua.local", "clerk", DEMO_UNIT,
                            java.time.Duration.ofHours(8)))
                    .append("\n\nOther roles and units: deploy/local/token.sh --role officer --unit 21028\n");
        } else {
            text.append("\nThe national portal's token (client credentials, valid 5 minutes): the access_token of\n\n")
                    .append("curl -s ").append(keycloak.tokenUrl())
                    .append(" -d grant_type=client_credentials -d client_id=national-portal")
                    .append(" -d client_secret=national-portal-demo-secret\n\n");
        }
        text.append("Ctrl-C stops everything; deploy/local/run.sh --reset starts from empty data.\n");
        say(text.toString());
    }

    private static void requireFree(List<Integer> ports) {
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is in use: is another motcua stack running?");
            }
        }
    }

    @SuppressWarnings("java:S106") // this is a command-line program talking to its user
    static void say(String line) {
        System.out.println(line);
    }

    /** Command-line options. */
    private record Options(Path root, boolean reset, boolean keycloak) {
        static Options parse(String[] args) {
            Path root = Path.of("").toAbsolutePath();
            boolean reset = false;
            boolean keycloak = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--reset" -> reset = true;
                    case "--keycloak" -> keycloak = true;
                    case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (options: --reset, --keycloak, --root DIR)");
                }
            }
            return new Options(root, reset, keycloak);
        }
    }
}
