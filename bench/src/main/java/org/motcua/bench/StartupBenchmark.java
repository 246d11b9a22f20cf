package org.motcua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.motcua.local.Platform;
import org.motcua.local.ServiceSpec;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.PlatformInfrastructure;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

/**
 * Start to ready: each service started alone on embedded PostgreSQL and Kafka (the others not running, the machine
 * otherwise idle), several times, from the launch of its JVM to {@code /q/health/ready} answering 200. Prints each
 * start and the median per service (a command-line tool: its output is the report).
 */
public final class StartupBenchmark {

    private static final System.Logger LOG = System.getLogger(StartupBenchmark.class.getName());

    private StartupBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, "the start-up benchmark failed", e);
            System.exit(1);
        }
        System.exit(0); // the embedded broker's threads would keep the JVM alive
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        int starts = 3;
        String only = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[i + 1]).toAbsolutePath().normalize();
                case "--starts" -> starts = Integer.parseInt(args[i + 1]);
                case "--service" -> only = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PlatformInfrastructure infra = TestInfrastructure.shared();
        Path logs = Files.createDirectories(root.resolve("bench/target/logs"));
        String wanted = only;
        for (ServiceSpec spec : ServiceSpec.ALL.stream().filter(ServiceSpec::hasApi)
                .filter(s -> wanted == null || s.name().equals(wanted)).toList()) {
            ServiceSpec alone = spec.withPort(EmbeddedInfrastructure.freePort());
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i <= starts; i++) { // the first start migrates the database and warms the file cache
                long started = System.nanoTime();
                try (Platform platform = Platform.start(root, infra, List.of(alone), TestTokens.keys().publicKeyFile(),
                        "http://127.0.0.1:9", logs)) {
                    double s = (System.nanoTime() - started) / 1e9;
                    if (i > 0) {
                        seconds.add(s);
                    }
                }
            }
            List<Double> sorted = seconds.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-13s start to ready %s s, median %.1f s%n", spec.name(),
                    seconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList(),
                    sorted.get(sorted.size() / 2));
        }
    }
}
