package org.motcua.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * How soon the clerk frontend's first screen is usable, in Debian's Chromium against a running local stack
 * ({@code deploy/local/run.sh}): from the navigation's start until the sign-in form can be submitted (its units read
 * through the gateway), with an empty cache each time and then with a warm one; and the first screen's transfer
 * size. A command-line tool: its output is the report (target of issue 16: usable ≤ 1 s, ≤ 200 kB gzipped JS).
 */
public final class FirstScreenBenchmark {

    private static final double TARGET_MS = 1000;

    private FirstScreenBenchmark() {
    }

    public static void main(String[] args) {
        String url = "http://127.0.0.1:8080/";
        int runs = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--url URL, --runs N)");
            }
        }
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            double[] transfer = new double[1];
            for (int i = 0; i < runs + 2; i++) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
                    Page page = context.newPage();
                    double first = usable(page, url);
                    transfer[0] = ((Number) page.evaluate("() => performance.getEntriesByType('resource')"
                            + ".filter(r => r.initiatorType === 'script').reduce((s, r) => s + r.transferSize, 0)"))
                            .doubleValue();
                    double again = usable(page, null);
                    if (i >= 2) { // the first two warm the services' and the gateway's code paths
                        cold.add(first);
                        warm.add(again);
                    }
                }
            }
            report("empty cache", cold);
            report("warm cache ", warm);
            System.out.printf(Locale.ROOT, "first screen's scripts over the wire: %.1f kB (target ≤ 200 kB gzipped)%n",
                    transfer[0] / 1024);
        }
    }

    /** Milliseconds from the navigation's start until the sign-in button is enabled (units loaded). */
    private static double usable(Page page, String url) {
        if (url != null) {
            page.navigate(url);
        } else {
            page.reload();
        }
        page.waitForSelector("sign-in button.primary:not([disabled])",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(30_000));
        return ((Number) page.evaluate("() => performance.now()")).doubleValue();
    }

    private static void report(String label, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        double p50 = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf(Locale.ROOT, "%s: usable after p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d runs) — target ≤ %.0f ms: %s%n",
                label, p50, p95, sorted.get(sorted.size() - 1), sorted.size(), TARGET_MS, p95 <= TARGET_MS ? "met" : "MISSED");
    }
}
