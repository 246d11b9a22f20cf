package org.motcua.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.motcua.local.Platform;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

/**
 * Memory of records-service while documents stream through it: starts records (its packaged jar, -Xmx384m as in the
 * local stack), then uploads and downloads 47 MB scans 4 and 8 at a time through the real API while sampling the
 * process's resident memory (VmRSS, every 20 ms). Flat means the peak does not grow with the bytes in flight.
 * Usage: {@code bench/run-documents.sh}. Linux only (reads /proc).
 */
@SuppressWarnings("java:S106") // a benchmark prints its figures
public final class DocumentMemoryBenchmark {

    private static final int MEGABYTES = 47;

    private DocumentMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = args.length == 2 && args[0].equals("--root") ? Path.of(args[1]).toAbsolutePath() : Path.of("").toAbsolutePath();
        Path work = Files.createDirectories(root.resolve("bench/target/documents"));
        List<Path> scans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            scans.add(scan(work.resolve("scan-" + i + ".pdf"), i));
        }
        var infra = TestInfrastructure.shared();
        try (Platform platform = RecordsAlone.start(root, infra)) {
            String url = platform.service("records").baseUrl();
            long pid = platform.service("records").handle().pid();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
            String token = TestTokens.clerk("21025");
            upload(http, url, token, scans.get(0)); // warm-up: classes loaded, pools filled
            long baseline = rss(pid);
            System.out.printf("records-service resident memory after one upload: %d MB%n", baseline / 1024);

            List<String> ids = new ArrayList<>();
            long peak4 = peakWhile(pid, () -> ids.addAll(all(scans.subList(1, 5).stream()
                    .map(s -> CompletableFuture.supplyAsync(() -> upload(http, url, token, s))).toList())));
            report("4 uploads of 47 MB at once (188 MB in flight)", baseline, peak4);
            long peak8 = peakWhile(pid, () -> all(scans.stream().map(s -> CompletableFuture.supplyAsync(
                    () -> upload(http, url, token, copyOf(s, work)))).toList()));
            report("8 uploads of 47 MB at once (376 MB in flight)", baseline, peak8);
            long peakDown = peakWhile(pid, () -> all(ids.stream().map(id -> CompletableFuture.supplyAsync(
                    () -> download(http, url, token, id))).toList()));
            report("4 downloads of 47 MB at once", baseline, peakDown);
        }
        System.exit(0);
    }

    private static void report(String what, long baseline, long peak) {
        System.out.printf("%-48s peak %4d MB (+%d MB over the baseline)%n", what, peak / 1024, (peak - baseline) / 1024);
    }

    /** A PDF of one page whose image is {@value #MEGABYTES} MB of noise (different for each seed). */
    private static Path scan(Path file, int seed) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        byte[] image = new byte[MEGABYTES * 1024 * 1024];
        new Random(seed).nextBytes(image);
        int side = (int) Math.sqrt(image.length);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(head, "%PDF-1.7\n");
        offsets.add(head.size());
        write(head, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.add(head.size());
        write(head, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.add(head.size());
        write(head, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> >> endobj\n");
        offsets.add(head.size());
        write(head, "4 0 obj << /Type /XObject /Subtype /Image /Width " + side + " /Height " + (image.length / side)
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + image.length + " >> stream\n");
        long afterImage = head.size() + (long) image.length;
        StringBuilder tail = new StringBuilder("\nendstream endobj\nxref\n0 5\n0000000000 65535 f \n");
        for (int offset : offsets) {
            tail.append(String.format("%010d 00000 n %n", offset).replace(System.lineSeparator(), "\n"));
        }
        tail.append("trailer << /Size 5 /Root 1 0 R >>\nstartxref\n").append(afterImage + "\nendstream endobj\n".length())
                .append("\n%%EOF\n");
        try (OutputStream out = Files.newOutputStream(file)) {
            head.writeTo(out);
            out.write(image);
            out.write(tail.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private static Path copyOf(Path scan, Path work) {
        try { // a different content each time: the store keeps identical content once and would skip the write
            Path copy = work.resolve("copy-" + UUID.randomUUID() + ".pdf");
            Files.copy(scan, copy);
            try (var channel = java.nio.channels.FileChannel.open(copy, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)),
                        400);
            }
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String upload(HttpClient http, String url, String token, Path file) {
        try {
            String boundary = "bench-" + UUID.randomUUID();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/documents"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("upload → " + response.statusCode() + " " + response.body());
            }
            return response.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long download(HttpClient http, String url, String token, String id) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/documents/" + id + "/content"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> all(List<CompletableFuture<T>> futures) {
        return futures.stream().map(CompletableFuture::join).toList();
    }

    /** The highest resident memory (kB) of the process while the work runs. */
    private static long peakWhile(long pid, Runnable work) {
        AtomicLong peak = new AtomicLong(rss(pid));
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(rss(pid), Math::max), 0, 20, TimeUnit.MILLISECONDS);
        try {
            work.run();
        } finally {
            sampler.shutdownNow();
        }
        return Math.max(peak.get(), rss(pid));
    }

    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
