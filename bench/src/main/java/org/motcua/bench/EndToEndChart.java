package org.motcua.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The end-to-end run as one SVG: left, dossiers acknowledged and completed end to end per second against the offered
 * rate (the database's and the workflow peer's rates in the legend); right, p99 of the answer and of
 * submit→assigned/archived/notified (ms, log scale).
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
        double maxY = 1.2 * Math.max(maxRate, steps.stream().mapToDouble(EndToEndBenchmark.Row::completedPerSecond)
                .max().orElse(1));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", 2 * W, H + 20));
        // left: throughput
        axes(svg, 0, "Hồ sơ/giây theo tốc độ gửi", maxRate, maxY, false);
        line(svg, 0, steps, r -> r.rate(), maxRate, maxY, false, "#999");
        line(svg, 0, steps, r -> r.http().okPerSecond(), maxRate, maxY, false, "#2e7d32");
        line(svg, 0, steps, EndToEndBenchmark.Row::completedPerSecond, maxRate, maxY, false, "#1565c0");
        legend(svg, 0, List.of("#999", "gửi (offered)", "#2e7d32", "tiếp nhận 201/giây", "#1565c0",
                "hoàn tất đầu-cuối/giây (phân công + lưu trữ + thư)", "#c62828",
                String.format(Locale.ROOT, "cùng máy: CSDL %.0f/giây, khâu tương đương Flowable %.0f/giây", ceiling, peer)));
        // right: p99 latencies, log scale 10 ms .. 100 s
        axes(svg, W, "p99 (ms, log) từ lúc tiếp nhận", maxRate, 5, true);
        line(svg, W, steps, r -> EndToEndTimes.Step.percentile(r.times().assigned(), 99), maxRate, 5, true, "#1565c0");
        line(svg, W, steps, r -> EndToEndTimes.Step.percentile(r.times().archived(), 99), maxRate, 5, true, "#6a1b9a");
        line(svg, W, steps, r -> EndToEndTimes.Step.percentile(r.times().notified(), 99), maxRate, 5, true, "#ef6c00");
        line(svg, W, steps, r -> r.http().percentile(99), maxRate, 5, true, "#2e7d32");
        legend(svg, W, List.of("#2e7d32", "trả lời 201", "#1565c0", "→ phân công", "#6a1b9a", "→ lưu trữ", "#ef6c00",
                "→ thư biên nhận đã gửi"));
        return svg.append("</svg>\n").toString();
    }

    /** Colour and text pairs, top left of a chart. */
    private static void legend(StringBuilder svg, int x0, List<String> entries) {
        for (int i = 0; i < entries.size(); i += 2) {
            int y = 38 + 14 * (i / 2);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"3\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", x0 + PAD + 8, y - 4, entries.get(i), x0 + PAD + 22, y,
                    entries.get(i + 1)));
        }
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
                    y(log ? i : vy, log ? 4 : maxY) + 4, vy));
        }
    }

    private static void line(StringBuilder svg, int x0, List<EndToEndBenchmark.Row> rows,
            ToDoubleFunction<EndToEndBenchmark.Row> value, double maxX, double maxY, boolean log, String colour) {
        StringBuilder points = new StringBuilder();
        for (EndToEndBenchmark.Row row : rows) {
            double v = value.applyAsDouble(row);
            if (Double.isNaN(v)) {
                continue;
            }
            double px = x(x0, row.rate(), maxX);
            double py = y(log ? Math.log10(Math.max(10, v)) - 1 : v, maxY - (log ? 1 : 0));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", px, py,
                    colour));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                points, colour));
    }

    private static double x(int x0, double value, double max) {
        return x0 + PAD + (W - PAD - 20) * value / max;
    }

    private static double y(double value, double max) {
        return H - PAD + 20 - (H - PAD - 10) * value / max;
    }
}
