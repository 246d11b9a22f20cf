package org.motcua.migration.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The migration tool (migration-cli/README.md):
 * <pre>
 *   generate --system QNG|KTM --format csv|json --rows N --out FILE [--seed S] [--broken 0.01] [--later-states 0.02] [--split-share 0]
 *   import   --url URL --system QNG|KTM [--format csv|json] FILE      (token: --token or MOTCUA_TOKEN)
 *   status   --url URL ID
 *   report   --url URL ID
 * </pre>
 */
public final class MigrationTool {

    private static final DateTimeFormatter PEOPLE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final PrintStream out;
    private final boolean terminal;

    public MigrationTool(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(new MigrationTool(System.out, System.console() != null).run(args));
    }

    /** Runs one command; returns the exit status (0 done, 1 the import failed or does not balance, 2 bad usage). */
    public int run(String[] args) {
        if (args.length == 0) {
            return usage("thiếu lệnh");
        }
        Map<String, String> options = new HashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                operands.add(args[i]);
            }
        }
        try {
            return switch (args[0]) {
                case "generate" -> generate(options);
                case "import" -> operands.size() == 1 ? importFile(api(options), options, Path.of(operands.get(0)))
                        : usage("import cần đúng một tệp");
                case "status" -> operands.size() == 1 ? status(api(options), operands.get(0)) : usage("status cần mã lô");
                case "report" -> operands.size() == 1 ? report(api(options), operands.get(0)) : usage("report cần mã lô");
                default -> usage("lệnh không rõ: " + args[0]);
            };
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (RecordsApi.ApiException e) {
            out.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("Lỗi: không liên lạc được với records-service (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Lô đang chạy không bị mất: chạy lại"
                    + " cùng lệnh import để tiếp tục theo dõi; lô tự tiếp tục từ điểm dừng khi records-service chạy lại.");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int generate(Map<String, String> o) throws IOException {
        String system = required(o, "system");
        String format = o.getOrDefault("format", "csv");
        ExportGenerator.Options options = new ExportGenerator.Options(system, format, Long.parseLong(required(o, "rows")),
                Long.parseLong(o.getOrDefault("seed", "1")), Double.parseDouble(o.getOrDefault("broken", "0.01")),
                Double.parseDouble(o.getOrDefault("later-states", "0.02")), Double.parseDouble(o.getOrDefault("split-share", "0")));
        ExportGenerator.provinceOf(system); // a system of the province's seed, else a clear refusal
        if (!List.of("csv", "json").contains(format)) {
            throw new IllegalArgumentException("--format csv|json");
        }
        Path file = Path.of(required(o, "out"));
        ExportGenerator.Summary s = new ExportGenerator(options).write(file);
        out.printf(Locale.ROOT, "Đã ghi %s: %d dòng (%d byte). Một lần nhập đầu vào kho trống phải cho: nhập mới %d, gộp %d,"
                + " chờ xem xét %d, từ chối %d; %d người nộp có số định danh.%n", file, s.rows(), Files.size(file), s.imported(),
                s.merged(), s.held(), s.rejected(), s.applicants());
        return 0;
    }

    private int importFile(RecordsApi api, Map<String, String> o, Path file) throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("không có tệp " + file);
        }
        RecordsApi.Started started = api.upload(file, required(o, "system"), o.get("format"));
        String id = started.migration().path("id").asText();
        out.println(started.resumed()
                ? "Tiếp tục lô " + id + " từ dòng " + (started.migration().path("rowsRead").asLong() + 1)
                : "Bắt đầu lô " + id + " (" + file.getFileName() + ")");
        long pollMillis = Long.parseLong(o.getOrDefault("poll-ms", "1000"));
        ProgressBar bar = new ProgressBar(out, terminal);
        JsonNode migration = api.migration(id);
        while ("RUNNING".equals(migration.path("status").asText())) {
            bar.show(migration);
            Thread.sleep(pollMillis); // polling a remote job: the interval is the point, not a wait for a condition
            migration = api.migration(id);
        }
        bar.show(migration);
        bar.end();
        return report(api, id);
    }

    private int status(RecordsApi api, String id) throws IOException, InterruptedException {
        JsonNode migration = api.migration(id);
        out.println(migration.path("status").asText() + " " + ProgressBar.line(migration));
        return "FAILED".equals(migration.path("status").asText()) ? 1 : 0;
    }

    private int report(RecordsApi api, String id) throws IOException, InterruptedException {
        JsonNode r = api.report(id);
        JsonNode m = r.path("migration");
        JsonNode c = m.path("counts");
        out.println("Biên bản đối chiếu – lô " + id);
        out.println("  Hệ thống:     " + m.path("sourceSystemName").asText());
        out.println("  Tệp:          " + m.path("fileName").asText() + " (" + number(m.path("fileBytes").asLong())
                + " byte, SHA-256 " + m.path("fileSha256").asText() + ")");
        out.println("  Trạng thái:   " + m.path("status").asText() + ", bắt đầu " + time(m.path("startedAt"))
                + (m.hasNonNull("finishedAt") ? ", kết thúc " + time(m.path("finishedAt")) : "")
                + ", tốc độ " + number(Math.round(m.path("ratePerSecond").asDouble())) + " dòng/giây");
        if (m.hasNonNull("failure")) {
            out.println("  Lỗi:          " + m.path("failure").asText());
        }
        out.println("  Đọc           " + pad(m.path("rowsRead").asLong()) + " dòng");
        out.println("  Nhập mới      " + pad(c.path("imported").asLong()));
        out.println("  Gộp           " + pad(c.path("merged").asLong()) + "   (trạng thái mới hơn của hồ sơ đã có)");
        out.println("  Đã có         " + pad(c.path("alreadyPresent").asLong()) + "   (không có gì mới: không nhập lần hai)");
        out.println("  Chờ xem xét   " + pad(c.path("heldForReview").asLong()) + "   (xã được chia cho nhiều đơn vị mới)");
        out.println("  Từ chối       " + pad(c.path("rejected").asLong()));
        boolean balanced = r.path("balanced").asBoolean();
        out.println("  Khớp:         " + (balanced ? "có" : "KHÔNG") + " – " + r.path("summary").asText());
        if (r.path("rejectionsByReason").size() > 0) {
            List<String> reasons = new ArrayList<>();
            r.path("rejectionsByReason").forEach(x -> reasons.add(x.path("reasonCode").asText() + " " + x.path("rows").asLong()));
            out.println("  Từ chối theo lý do: " + String.join(", ", reasons));
            JsonNode first = api.rejections(id, 10).path("items");
            out.println("  Các dòng bị từ chối đầu tiên:");
            first.forEach(x -> out.println("    dòng " + x.path("rowNumber").asLong() + "  " + x.path("originalCode").asText("—")
                    + "  " + x.path("reason").asText()));
        }
        out.println("  Hồ sơ chờ xem xét còn mở: " + r.path("reviews").path("open").asLong() + ", đã xếp đơn vị: "
                + r.path("reviews").path("decided").asLong());
        return "COMPLETED".equals(m.path("status").asText()) && balanced ? 0 : 1;
    }

    private static RecordsApi api(Map<String, String> o) {
        String token = o.getOrDefault("token", System.getenv("MOTCUA_TOKEN"));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("thiếu --token (hoặc biến môi trường MOTCUA_TOKEN)");
        }
        return new RecordsApi(o.getOrDefault("url", "http://localhost:8083"), token);
    }

    private static String required(Map<String, String> o, String name) {
        String value = o.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("thiếu --" + name);
        }
        return value;
    }

    private int usage(String problem) {
        out.println("migrate: " + problem);
        out.println("""
                Cách dùng:
                  migrate.sh generate --system QNG|KTM --format csv|json --rows N --out TỆP [--seed S] [--broken 0.01] [--later-states 0.02] [--split-share 0]
                  migrate.sh import --url http://localhost:8083 --system QNG|KTM [--format csv|json] TỆP
                  migrate.sh status --url URL MÃ_LÔ
                  migrate.sh report --url URL MÃ_LÔ
                Mã truy cập (vai trò province-admin): --token hoặc biến môi trường MOTCUA_TOKEN.""");
        return 2;
    }

    private static String time(JsonNode instant) {
        return instant.isMissingNode() || instant.isNull() ? "—" : PEOPLE_TIME.format(Instant.parse(instant.asText()));
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    private static String pad(long n) {
        return String.format("%12s", number(n));
    }
}
