package org.motcua.local;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.motcua.local.ledger.DeadLetterTopics;
import org.motcua.local.ledger.Ledger;
import org.motcua.local.ledger.LedgerReport;
import org.motcua.local.ledger.LedgerRun;

/**
 * {@code bench/ledger}: balances the platform's books after a run, against the local stack by default. Waits (up to
 * {@code --wait} seconds) for the consumers to catch up, prints each check, and exits 1 on any difference.
 * <pre>
 *   bench/ledger --run bench/target/ledger/e2e      the run a benchmark or chaos run recorded
 *   bench/ledger --since 2026-12-07T20:00:00Z       everything since then (no dossier list, no poisoned messages)
 *   options: --postgres HOST:PORT (127.0.0.1:55432) --kafka HOST:PORT (127.0.0.1:59092) --user U --password P --wait S
 * </pre>
 */
public final class LedgerCommand {

    private LedgerCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String postgres = "127.0.0.1:" + LocalStack.POSTGRES_PORT;
        String kafka = "127.0.0.1:" + LocalStack.KAFKA_PORT;
        String user = "postgres";
        String password = "";
        Duration wait = Duration.ofSeconds(120);
        LedgerRun run = null;
        Instant since = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--run" -> run = LedgerRun.open(Path.of(args[++i]));
                case "--since" -> since = Instant.parse(args[++i]);
                case "--postgres" -> postgres = args[++i];
                case "--kafka" -> kafka = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--wait" -> wait = Duration.ofSeconds(Long.parseLong(args[++i]));
                default -> usage("unknown option " + args[i]);
            }
        }
        if ((run == null) == (since == null)) {
            usage("give either --run DIR or --since INSTANT");
        }
        String server = postgres;
        Ledger ledger = new Ledger(db -> "jdbc:postgresql://" + server + "/" + db, user, password,
                new DeadLetterTopics(kafka));
        LedgerRun recorded = run;
        Instant from = since;
        LedgerReport report = balance(() -> recorded != null ? ledger.check(recorded) : ledger.check(from, Set.of(), Set.of()),
                wait);
        LocalStack.say(report.print());
        System.exit(report.consistent() ? 0 : 1);
    }

    /** Checks again every 2 s until the books balance or {@code wait} is over (consumers may still be catching up). */
    public static LedgerReport balance(java.util.function.Supplier<LedgerReport> check, Duration wait)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        LedgerReport report = check.get();
        while (!report.consistent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            report = check.get();
        }
        return report;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: bench/ledger (--run DIR | --since INSTANT) [--postgres HOST:PORT] [--kafka HOST:PORT]"
                + " [--user U] [--password P] [--wait SECONDS]");
        System.exit(2);
    }
}
