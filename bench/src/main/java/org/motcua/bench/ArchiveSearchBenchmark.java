package org.motcua.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.motcua.local.Platform;
import org.motcua.platformkit.data.Csv;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.security.KeyedHash;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

/**
 * The archive's search at scale: starts records-service on embedded PostgreSQL and Kafka, fills its archive
 * with generated dossiers (default 1,000,000: Vietnamese names, the 96 units, a few procedures, three years
 * of submissions), then searches through the real API as clerks and archivists do — names typed without
 * accents, unit names, dossier codes, filters — and prints p50/p95/p99 per kind of query. Target (issue 5):
 * p95 ≤ 100 ms. Usage: {@code bench/run-search.sh [--dossiers N] [--queries N]}.
 */
@SuppressWarnings("java:S106") // a benchmark prints its figures
public final class ArchiveSearchBenchmark {

    private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Y", "A" };
    private static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu" };
    private static final String[] GIVEN = { "An", "Anh", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương",
        "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thảo",
        "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến", "Blong", "H'Hen", "Rơ Châm" };
    private static final String[][] PROCEDURES = {
        { "1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch" },
        { "1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch" },
        { "2.000815", "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực" },
        { "1.004227", "Thủ tục đăng ký thường trú", "Đăng ký, quản lý cư trú" },
        { "1.013980", "Thủ tục đăng ký biến động đất đai", "Đất đai" } };
    private static final String[] STATUSES = { "RESULT_RETURNED", "RESULT_RETURNED", "RESULT_RETURNED", "REFUSED",
        "WITHDRAWN", "ASSIGNED", "RECEIVED" };

    private ArchiveSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int dossiers = 1_000_000;
        int queries = 300;
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dossiers" -> dossiers = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        var infra = TestInfrastructure.shared();
        try (Platform platform = RecordsAlone.start(root, infra)) {
            List<String[]> units = Csv.readResource("seed/new_units_quang_ngai.csv").stream()
                    .map(r -> new String[] { r.get("code"), r.get("full_name") }).toList();
            long started = System.nanoTime();
            try (Connection db = DriverManager.getConnection(infra.jdbcUrl("records"), infra.databaseUser(),
                    infra.databasePassword())) {
                fill(db, dossiers, units);
            }
            System.out.printf("%,d archived dossiers generated and indexed in %.0f s%n", dossiers,
                    (System.nanoTime() - started) / 1e9);
            search(platform.service("records").baseUrl(), queries, units);
        }
        System.exit(0);
    }

    /** Generated dossiers, in batches, with their search tokens as the archive keeps them. */
    private static void fill(Connection db, int count, List<String[]> units) throws Exception {
        db.setAutoCommit(true);
        String[] unitCodes = units.stream().map(u -> u[0]).toArray(String[]::new);
        String[] unitTokens = units.stream().map(u -> textTokens(u[1])).toArray(String[]::new);
        String sql = """
                INSERT INTO archived_dossier (id, code, procedure_code, procedure_name, field, applicant_full_name,
                    receiving_unit_code, processing_unit_code, channel, status, submitted_at, updated_at, search_tokens)
                SELECT gen_random_uuid(), c.code, p.code, p.name, p.field, person.name, u.code, u.code, 'COUNTER',
                       (?::text[])[1 + (g % ?)], t.at, t.at,
                       CAST(u.tokens AS text[]) || CAST(p.tokens AS text[]) || CAST(person.tokens AS text[])
                           || ARRAY(SELECT DISTINCT left(w, n) FROM unnest(string_to_array(replace(c.code, '-', ' '), ' ')) w,
                                    generate_series(1, length(w)) n)
                FROM generate_series(?, ?) g
                CROSS JOIN LATERAL (SELECT (?::text[])[1 + (g * 7) % ?] AS code, (?::text[])[1 + (g * 7) % ?] AS tokens) u
                CROSS JOIN LATERAL (SELECT (?::text[])[1 + (g * 13) % ?] AS code, (?::text[])[1 + (g * 13) % ?] AS name,
                                           (?::text[])[1 + (g * 13) % ?] AS field, (?::text[])[1 + (g * 13) % ?] AS tokens) p
                CROSS JOIN LATERAL (SELECT (?::text[])[1 + (g * 31) % ?] AS name, (?::text[])[1 + (g * 31) % ?] AS tokens) person
                CROSS JOIN LATERAL (SELECT timestamptz '2023-01-01' + (g % 1096) * interval '1 day' + (g % 480) * interval '1 minute' AS at) t
                CROSS JOIN LATERAL (SELECT u.code || '-' || to_char(t.at, 'YYMMDD') || '-' || lpad((g / 1096 % 10000)::text, 4, '0')
                                           || lpad((g % 97)::text, 2, '0') AS code) c""";
        List<String> names = new ArrayList<>();
        for (String s : SURNAMES) {
            for (String m : MIDDLE) {
                for (String g : GIVEN) {
                    names.add(s + " " + m + " " + g);
                }
            }
        }
        String[] nameArray = names.toArray(String[]::new);
        String[] nameTokens = names.stream().map(ArchiveSearchBenchmark::nameTokens).toArray(String[]::new);
        String[] procCodes = Arrays.stream(PROCEDURES).map(p -> p[0]).toArray(String[]::new);
        String[] procNames = Arrays.stream(PROCEDURES).map(p -> p[1]).toArray(String[]::new);
        String[] procFields = Arrays.stream(PROCEDURES).map(p -> p[2]).toArray(String[]::new);
        String[] procTokens = Arrays.stream(PROCEDURES).map(p -> textTokens(p[0], p[1], p[2])).toArray(String[]::new);
        int batch = 100_000;
        for (int from = 1; from <= count; from += batch) {
            int to = Math.min(count, from + batch - 1);
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                int i = 1;
                insert.setArray(i++, db.createArrayOf("text", STATUSES));
                insert.setInt(i++, STATUSES.length);
                insert.setInt(i++, from);
                insert.setInt(i++, to);
                insert.setArray(i++, db.createArrayOf("text", unitCodes));
                insert.setInt(i++, unitCodes.length);
                insert.setArray(i++, db.createArrayOf("text", unitTokens));
                insert.setInt(i++, unitCodes.length);
                for (String[] column : List.of(procCodes, procNames, procFields, procTokens)) {
                    insert.setArray(i++, db.createArrayOf("text", column));
                    insert.setInt(i++, procCodes.length);
                }
                insert.setArray(i++, db.createArrayOf("text", nameArray));
                insert.setInt(i++, nameArray.length);
                insert.setArray(i++, db.createArrayOf("text", nameTokens));
                insert.setInt(i++, nameArray.length);
                insert.executeUpdate();
            }
            System.out.printf("  %,d / %,d%n", to, count);
        }
        try (Statement analyze = db.createStatement()) {
            analyze.execute("VACUUM ANALYZE archived_dossier");
        }
    }

    private static final KeyedHash LOCAL_HASH = KeyedHash.withKey("local-development-only-key");

    /**
     * The name's tokens as records' SearchTokens makes them with the local stack's hash key (# and 16 hex digits of the
     * HMAC-SHA-256 of each start of its folded words), as a PostgreSQL array literal.
     */
    private static String nameTokens(String fullName) {
        return "{" + starts(fullName).stream().map(start -> "#" + LOCAL_HASH.hex("name:" + start).substring(0, 16))
                .collect(Collectors.joining(",")) + "}";
    }

    /** The texts' tokens as SearchTokens makes them (each start of each folded word), as a PostgreSQL array literal. */
    private static String textTokens(String... texts) {
        return "{" + starts(String.join(" ", texts)).stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","))
                + "}";
    }

    private static Set<String> starts(String text) {
        Set<String> starts = new LinkedHashSet<>();
        for (String word : VietnameseText.words(text)) {
            for (int end = 1; end <= word.length(); end++) {
                starts.add(word.substring(0, end));
            }
        }
        return starts;
    }

    private static void search(String baseUrl, int queries, List<String[]> units) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String admin = TestTokens.provinceAdmin();
        String clerk = TestTokens.clerk("23500");
        Random random = new Random(7);
        Map<String, List<Double>> latencies = new LinkedHashMap<>();
        for (int warm = 0; warm < 30; warm++) {
            get(http, baseUrl, admin, "q=" + enc(SURNAMES[warm % SURNAMES.length] + " " + GIVEN[warm % GIVEN.length]));
        }
        for (int n = 0; n < queries; n++) {
            String surname = VietnameseText.fold(SURNAMES[random.nextInt(SURNAMES.length)]);
            String given = VietnameseText.fold(GIVEN[random.nextInt(GIVEN.length)]);
            String middle = VietnameseText.fold(MIDDLE[random.nextInt(MIDDLE.length)]);
            String unit = units.get(random.nextInt(units.size()))[1];
            Map<String, String[]> kinds = new LinkedHashMap<>();
            kinds.put("full name, no accents", new String[] { admin, "q=" + enc(surname + " " + middle + " " + given) });
            kinds.put("surname + given name", new String[] { admin, "q=" + enc(surname + " " + given) });
            kinds.put("unit name", new String[] { admin, "q=" + enc(VietnameseText.fold(unit).replaceFirst("^(xa|phuong|dac khu) ", "")) });
            kinds.put("name + unit + status + dates", new String[] { admin, "q=" + enc(surname + " " + given)
                    + "&status=RESULT_RETURNED&from=2024-01-01&to=2024-12-31" });
            kinds.put("clerk of one unit, a name", new String[] { clerk, "q=" + enc(surname + " " + given) });
            kinds.put("dossier code", new String[] { admin, "q=" + enc(units.get(random.nextInt(units.size()))[0] + "-24"
                    + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))) });
            for (Map.Entry<String, String[]> kind : kinds.entrySet()) {
                long t = System.nanoTime();
                get(http, baseUrl, kind.getValue()[0], kind.getValue()[1]);
                latencies.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
            }
        }
        System.out.printf("%n%-32s %8s %8s %8s %8s %8s%n", "query", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Double> all = new ArrayList<>();
        latencies.forEach((kind, values) -> {
            all.addAll(values);
            print(kind, values);
        });
        print("all", all);
        System.out.println("(page of 20, total counted up to 1,000; one client, sequential; latency through the REST API)");
    }

    private static void print(String kind, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-32s %8d %8.1f %8.1f %8.1f %8.1f%n", kind, sorted.length, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void get(HttpClient http, String baseUrl, String token, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/dossiers?" + query))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query + " → " + response.statusCode() + " " + response.body());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
