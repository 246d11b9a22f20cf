package org.motcua.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The end-to-end run as one SVG: left, dossiers completed end to end per second against the offered rate, with the
 * workflow peer's and the database's rates as lines; right, p99 submit→assigned/archived/notified (ms, log scale).
 */
final class EndToEndChart {

    private static final int W = 460;
    private static final int H = 300;
    private static final int PAD = 50;

    private EndToEndChart() {
    }

    static String svg(List<EndToEndBenchmark.Row> rows, double peer, double ceiling) {
        List<EndToEndBenchmark.Row> steps = rows.stream().filter(r -> r.label().startsWith("rate-")).toList();
        double maxRate = Math.max(1, steps.stream().mapToDouble(EndToEndBenchmark.Row::rate).max().orElse(1));
        double maxY = Math.max(Math.max(maxRate, peer * 1.1), steps.stream()
                .mapToDouble(EndToEndBenchmark.Row::completedPerSecond).max().orElse(1));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", 2 * W, H + 20));
        // left: throughput
        axes(svg, 0, "Hồ sơ hoàn tất/giây (offered rate →)", maxRate, maxY, false);
        line(svg, 0, steps, r -> r.rate(), maxRate, maxY, false, "#999", "offered");
        line(svg, 0, steps, EndToEndBenchmark.Row::completedPerSecond, maxRate, maxY, false, "#1565c0", "motcua end to end");
        horizontal(svg, 0, peer, maxY, "#c62828", String.format(Locale.ROOT, "workflow peer alone %.0f/s", peer));
        if (ceiling <= maxY) {
            horizontal(svg, 0, ceiling, maxY, "#2e7d32", String.format(Locale.ROOT, "database ceiling %.0f/s", ceiling));
        }
        // right: p99 latencies, log scale 10 ms .. 100 s
        axes(svg, W, "p99 ms (log) sau khi tiếp nhận", maxRate, 5, true);
        line(svg, W, steps, r -> EndToEndTimes.Step.percentile(r.times().assigned(), 99), maxRate, 5, true, "#1565c0",
                "→ assigned");
        line(svg, W, steps, r -> EndToEndTimes.Step.percentile(r.times().archived(), 99), maxRate, 5, true, "#6a1b9a",
                "→ archived");
        line(svg, W, steps, r -> EndToEndTimes.Step.percentile(r.times().notified(), 99), maxRate, 5, true, "#ef6c00",
                "→ notified");
        return svg.append("</svg>\n").toString();
    }

    private static void axes(StringBuilder svg, int x0, String title, double maxX, double maxY, boolean log) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"13\">%s</text>%n", x0 + PAD, title));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0 + PAD,
                H - PAD + 20, x0 + W - 20, H - PAD + 20));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"30\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0 + PAD,
                x0 + PAD, H - PAD + 20));
        for (int i = 0; i <= 4; i++) {
            double vx = maxX * i / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%.0f/s</text>%n",
                    x(x0, vx, maxX), H - PAD + 34, vx));
            double vy = log ? Math.pow(10, 1 + i) : maxY * i / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.0f\" text-anchor=\"end\">%.0f</text>%n", x0 + PAD - 4,
                    y(log ? i : vy, log ? 4 : maxY, log) + 4, vy));
        }
    }

    private static void line(StringBuilder svg, int x0, List<EndToEndBenchmark.Row> rows,
            ToDoubleFunction<EndToEndBenchmark.Row> value, double maxX, double maxY, boolean log, String colour,
            String label) {
        StringBuilder points = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        for (EndToEndBenchmark.Row row : rows) {
            double v = value.applyAsDouble(row);
            if (Double.isNaN(v)) {
                continue;
            }
            lastX = x(x0, row.rate(), maxX);
            lastY = y(log ? Math.log10(Math.max(10, v)) - 1 : v, maxY - (log ? 1 : 0), log);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", lastX, lastY));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", lastX, lastY,
                    colour));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                points, colour));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>%n", lastX + 4, lastY - 4,
                colour, label));
    }

    private static void horizontal(StringBuilder svg, int x0, double value, double maxY, String colour, String label) {
        double y = y(value, maxY, false);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-dasharray=\"5,4\"/>%n<text x=\"%d\" y=\"%.1f\" fill=\"%s\">%s</text>%n", x0 + PAD, y,
                x0 + W - 20, y, colour, x0 + PAD + 6, y - 4, colour, label));
    }

    private static double x(int x0, double value, double max) {
        return x0 + PAD + (W - PAD - 20) * value / max;
    }

    private static double y(double value, double max, boolean log) {
        return H - PAD + 20 - (H - PAD - 10) * value / max;
    }
}
