package org.motcua.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.motcua.local.Platform;
import org.motcua.migration.cli.ExportGenerator;
import org.motcua.migration.cli.MigrationTool;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

/**
 * The migration of the pre-merger systems at scale: starts records-service on embedded PostgreSQL and Kafka,
 * generates an export of old Quảng Ngãi (CSV) and one of old Kon Tum (JSON Lines), imports each with the
 * command-line tool through the real API and prints rows per second (target, issue 5: ≥ 2,000). Then the fault
 * run: a third export is imported, records-service is killed (SIGKILL) halfway and started again, the file is sent
 * again, and the import must end with the counts a clean import gives — nothing lost, nothing twice.
 * Usage: {@code bench/run-migration.sh [--rows N]} (rows per export, default 200,000).
 */
@SuppressWarnings("java:S106") // a benchmark prints its figures
public final class MigrationBenchmark {

    private static final Pattern ROWS_READ = Pattern.compile("\"rowsRead\":(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        long rows = 200_000;
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createDirectories(root.resolve("bench/target/migration"));
        Path qng = work.resolve("quang-ngai.csv");
        Path ktm = work.resolve("kon-tum.json");
        Path fault = work.resolve("quang-ngai-fault.csv");
        ExportGenerator.Summary q = generate("QNG", "csv", rows, 101, 0.002, qng);
        ExportGenerator.Summary k = generate("KTM", "json", rows, 102, 0, ktm);
        ExportGenerator.Summary f = generate("QNG", "csv", rows, 103, 0.002, fault);

        var infra = TestInfrastructure.shared();
        try (Platform platform = RecordsAlone.start(root, infra)) {
            String url = platform.service("records").baseUrl();
            String token = TestTokens.provinceAdmin();
            importAndPrint("old Quảng Ngãi, CSV", url, token, "QNG", qng, q);
            importAndPrint("old Kon Tum, JSON Lines", url, token, "KTM", ktm, k);

            System.out.println("\n== fault run: records-service killed halfway through " + fault.getFileName());
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> runTool(url, token, "QNG", fault));
            long killedAt = awaitHalfway(url, token, rows);
            long killed = System.nanoTime();
            platform.crashAndRestart("records");
            System.out.printf("killed at row ≥ %,d; records-service back in %.1f s%n", killedAt,
                    (System.nanoTime() - killed) / 1e9);
            System.out.println("first run of the tool: " + lastLine(first.get()));
            String second = runTool(url, token, "QNG", fault);
            System.out.println(second);
            System.out.println("expected from the generator: imported " + f.imported() + ", merged " + f.merged()
                    + ", held " + f.held() + ", rejected " + f.rejected());
        }
        System.exit(0);
    }

    private static ExportGenerator.Summary generate(String system, String format, long rows, long seed, double split,
            Path out) throws Exception {
        long started = System.nanoTime();
        ExportGenerator.Summary s = new ExportGenerator(new ExportGenerator.Options(system, format, rows, seed, 0.01, 0.02,
                split)).write(out);
        System.out.printf("generated %s: %,d rows, %,d bytes in %.1f s%n", out.getFileName(), rows, Files.size(out),
                (System.nanoTime() - started) / 1e9);
        return s;
    }

    private static void importAndPrint(String what, String url, String token, String system, Path file,
            ExportGenerator.Summary expected) {
        long started = System.nanoTime();
        String output = runTool(url, token, system, file);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("\n== " + what);
        System.out.println(output);
        System.out.printf("%,d rows in %.1f s from upload to report: %,.0f rows/s (the service's own rate is in the report)%n",
                expected.rows(), seconds, expected.rows() / seconds);
        System.out.println("expected from the generator: imported " + expected.imported() + ", merged " + expected.merged()
                + ", held " + expected.held() + ", rejected " + expected.rejected());
    }

    private static String runTool(String url, String token, String system, Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new MigrationTool(new PrintStream(bytes, true, StandardCharsets.UTF_8), false).run(new String[] {
            "import", "--url", url, "--token", token, "--system", system, "--poll-ms", "5000", file.toString() });
        return bytes.toString(StandardCharsets.UTF_8) + "(exit " + status + ")";
    }

    /** Waits until the running import has read half the rows; returns the rows read then. */
    private static long awaitHalfway(String url, String token, long rows) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            String page = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/migrations?size=1"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher read = ROWS_READ.matcher(page);
            Matcher status = STATUS.matcher(page);
            if (read.find() && status.find() && "RUNNING".equals(status.group(1)) && Long.parseLong(read.group(1)) >= rows / 2) {
                return Long.parseLong(read.group(1));
            }
            Thread.sleep(200); // polling a process outside this JVM
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
