package org.motcua.local.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.motcua.local.ledger.LedgerRun;

/**
 * The national portal submitting dossiers at a steady rate while things break: each submission carries its own
 * {@code Idempotency-Key} and is sent again (same key, same body) until intake acknowledges it with 201, as a portal
 * retries after a timeout, a refused connection or a 5xx. Every 201 is written to the run's ledger.
 */
public final class SubmissionLoad implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI dossiers;
    private final String token;
    private final LedgerRun ledger;
    private final Semaphore permits = new Semaphore(0);
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders;
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private volatile boolean running = true;

    /** Starts submitting {@code perSecond} dossiers a second to intake at {@code intakeUrl} from {@code workers} threads. */
    public SubmissionLoad(String intakeUrl, String token, LedgerRun ledger, int perSecond, int workers) {
        this.dossiers = URI.create(intakeUrl + "/api/v1/dossiers");
        this.token = token;
        this.ledger = ledger;
        this.senders = Executors.newFixedThreadPool(workers);
        pacer.scheduleAtFixedRate(() -> permits.release(), 0, 1_000_000L / perSecond, TimeUnit.MICROSECONDS);
        for (int i = 0; i < workers; i++) {
            senders.execute(this::submitUntilStopped);
        }
    }

    private void submitUntilStopped() {
        while (running) {
            try {
                if (permits.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    submitOne();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void submitOne() throws InterruptedException {
        String key = "chaos-" + UUID.randomUUID();
        long n = started.incrementAndGet();
        String body = """
                {"procedureCode": "1.001193", "receivingUnitCode": "21025", "externalReference": "%s",
                 "applicant": {"fullName": "Nguyễn Thị Hồng Nhung", "citizenId": "051190001234",
                               "email": "nhung.%d@example.vn"},
                 "documents": [{"name": "Tờ khai đăng ký khai sinh"},
                   {"name": "Giấy chứng sinh (hoặc văn bản người làm chứng/giấy cam đoan về việc sinh)"}]}"""
                .formatted(key, n);
        HttpRequest request = HttpRequest.newBuilder(dossiers).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        for (int attempt = 1;; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    Matcher id = ID.matcher(response.body());
                    if (!id.find()) {
                        throw new IllegalStateException("a 201 without the dossier's id: " + response.body());
                    }
                    ledger.acknowledged(UUID.fromString(id.group(1)));
                    acknowledged.incrementAndGet();
                    return;
                }
                if (response.statusCode() < 500 && response.statusCode() != 408 && response.statusCode() != 429) {
                    refused.incrementAndGet(); // the platform said no: nothing was promised
                    return;
                }
            } catch (java.io.IOException e) {
                // refused, reset or timed out: the portal does not know whether intake has it, so it asks again
            }
            if (Instant.now().isAfter(giveUp)) {
                abandoned.incrementAndGet();
                return;
            }
            retries.incrementAndGet();
            Thread.sleep(Math.min(2000, 100L * attempt));
        }
    }

    public long acknowledged() {
        return acknowledged.get();
    }

    /** Stops taking new work and waits for the submissions in flight to end. */
    @Override
    public void close() {
        running = false;
        pacer.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(GIVE_UP_AFTER.toSeconds() + 60, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            senders.shutdownNow();
        }
    }

    /** What happened: started, acknowledged, sent again, refused (4xx), abandoned. */
    public String summary() {
        return String.format("%d submissions: %d acknowledged (201), %d resent after a failure, %d refused (4xx),"
                + " %d abandoned", started.get(), acknowledged.get(), retries.get(), refused.get(), abandoned.get());
    }

    public long abandoned() {
        return abandoned.get();
    }

    public long refused() {
        return refused.get();
    }
}
