package org.motcua.migration.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.motcua.platformkit.data.Csv;
import org.motcua.platformkit.migration.ExportFields;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a realistic synthetic export of a pre-merger one-stop system (records-service/docs/migration-format.md):
 * dossiers of the old communes of Quảng Ngãi (QNG) or Kon Tum (KTM) received from 2020 to June 2025, by invented
 * people (some of them many times, with their name written differently), some exported twice (an earlier and a
 * later state, as overlapping monthly exports are), and a share of broken rows of every kind the import refuses.
 * The same options and seed give the same file.
 */
public final class ExportGenerator {

    /**
     * What to write. {@code splitShare}: share of people living in an old commune that was split between new ones
     * (the mapping marks it; in Quảng Ngãi's data, Xã Trà Bùi).
     */
    public record Options(String system, String format, long rows, long seed, double brokenShare, double laterStateShare,
            double splitShare) {

        public static Options of(String system, String format, long rows, long seed) {
            return new Options(system, format, rows, seed, 0.01, 0.02, 0);
        }
    }

    /**
     * What was written, and so what a first import of it into an empty archive must report: rows of the split
     * commune are held, broken rows rejected, later states merged, the rest imported; {@code applicants} is the
     * number of distinct citizen IDs among the rows that are not held or rejected.
     */
    public record Summary(long rows, long imported, long merged, long held, long rejected, long applicants) {
    }

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng",
        "Đỗ", "Ngô", "Hồ", "Dương", "Đinh", "Lương", "Đoàn", "Tạ" };
    private static final String[] MIDDLE_MEN = { "Văn", "Hữu", "Minh", "Đức", "Quốc", "Thanh", "Công", "Xuân" };
    private static final String[] MIDDLE_WOMEN = { "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Diệu" };
    private static final String[] GIVEN_MEN = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc",
        "Quang", "Sơn", "Tâm", "Thắng", "Tuấn", "Việt", "Vinh", "Lộc" };
    private static final String[] GIVEN_WOMEN = { "Anh", "Châu", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai",
        "Nga", "Nhung", "Phương", "Thảo", "Trang", "Tuyết", "Vy", "Yến" };
    /** Names as Xơ Đăng, Ba Na and Giẻ Triêng people of Kon Tum write them: "A" for men, "Y" for women. */
    private static final String[] HIGHLAND_GIVEN = { "Blưu", "Thiết", "Hới", "Nhơn", "Sáng", "Kiên", "Đen", "Lâm", "Thuy",
        "Bích", "Hyang", "Rin", "Khuynh", "Phiên" };
    private static final String[] REFUSALS = { "Hồ sơ không đủ điều kiện theo quy định",
        "Người yêu cầu không cung cấp được giấy tờ chứng minh theo quy định", "Nội dung đề nghị không thuộc thẩm quyền giải quyết" };
    private static final String[] SUPPLEMENTS = { "Thiếu bản sao giấy tờ chứng minh nơi cư trú", "Tờ khai chưa ghi đủ thông tin",
        "Thiếu văn bản ủy quyền có chứng thực" };

    private record OldUnit(String code, String name, String district, String provinceCode, boolean split) {
    }

    private record Procedure(String code, String name, String field) {
    }

    private record Person(String name, String citizenId, OldUnit home, String village) {
    }

    /** The pre-merger systems (code → old province), in the seed's order. */
    private static final Map<String, String> SYSTEM_PROVINCES = systemProvinces();

    private final Options options;
    private final Random random;
    private final List<OldUnit> units = new ArrayList<>();
    private final List<OldUnit> otherProvince = new ArrayList<>();
    /** The old communes of the province that were split between several new ones (their rows are held for review). */
    private final List<OldUnit> split = new ArrayList<>();
    private final Set<String> splitCodes = new HashSet<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final boolean csv;
    private long sequence;

    public ExportGenerator(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.csv = "csv".equalsIgnoreCase(options.format());
        String province = provinceOf(options.system());
        Map<String, OldUnit> seen = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.readResource("seed/old_to_new_mapping.csv")) {
            seen.putIfAbsent(row.get("old_code"), new OldUnit(row.get("old_code"), row.get("old_full_name"),
                    row.get("old_district_full_name"), row.get("old_province_code"),
                    "yes".equalsIgnoreCase(row.get("old_unit_maps_to_multiple_new_units"))));
        }
        for (OldUnit unit : seen.values()) {
            if (unit.split()) {
                splitCodes.add(unit.code());
                if (unit.provinceCode().equals(province)) {
                    split.add(unit);
                }
            } else if (unit.provinceCode().equals(province)) {
                units.add(unit);
            } else {
                otherProvince.add(unit);
            }
        }
        for (Map<String, String> row : Csv.readResource("seed/procedures_sample.csv")) {
            procedures.add(new Procedure(row.get("ma_tthc"), row.get("ten_tthc"), row.get("linh_vuc")));
        }
        long population = Math.max(10, options.rows() / 3);
        for (long i = 0; i < population; i++) {
            OldUnit home = !split.isEmpty() && random.nextDouble() < options.splitShare() ? splitCommune()
                    : units.get(random.nextInt(units.size()));
            people.add(person(province, home, random));
        }
        // people who moved between the old provinces: the same in every export, whatever its system and seed,
        // so that importing every system's export meets them in each (one applicant each)
        List<String> provinces = List.copyOf(SYSTEM_PROVINCES.values());
        Random movers = new Random(2025);
        for (int i = 0; i < Math.min(200, population / 100); i++) {
            people.set(i * 100, person(provinces.get(i % provinces.size()), units.get(movers.nextInt(units.size())),
                    movers));
        }
    }

    /** Writes the export and says what a first import of it must find. */
    public Summary write(Path out) throws IOException {
        Counter counter = new Counter();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (csv) {
                writer.write(String.join(",", ExportFields.ALL));
                writer.write('\n');
            }
            ArrayDeque<Map<String, String>> laterStates = new ArrayDeque<>();
            long written = 0;
            while (written < options.rows()) {
                long left = options.rows() - written;
                Map<String, String> row;
                if (!laterStates.isEmpty() && (left <= laterStates.size() || random.nextDouble() < 0.05)) {
                    row = laterStates.poll();
                    counter.count(row, true);
                } else if (random.nextDouble() < options.brokenShare()) {
                    writeBroken(writer, counter.rejected);
                    counter.rejected++;
                    written++;
                    continue;
                } else {
                    Person person = people.get(random.nextInt(people.size()));
                    Map<String, String> last = dossier(person);
                    if (left >= laterStates.size() + 2 && random.nextDouble() < options.laterStateShare()) {
                        row = earlierState(last);
                        laterStates.add(last);
                    } else {
                        row = last;
                    }
                    counter.count(row, false);
                }
                writeRow(writer, row);
                written++;
            }
        }
        return new Summary(options.rows(), counter.imported, counter.merged, counter.held, counter.rejected,
                counter.applicants.size());
    }

    private static Map<String, String> systemProvinces() {
        Map<String, String> provinces = new LinkedHashMap<>();
        Csv.readResource("seed/source_systems.csv").forEach(row ->
                provinces.put(row.get("code").toUpperCase(Locale.ROOT), row.get("old_province_code")));
        return java.util.Collections.unmodifiableMap(provinces);
    }

    /** The old province whose communes a pre-merger system served ({@code seed/source_systems.csv}). */
    static String provinceOf(String system) {
        String province = system == null ? null : SYSTEM_PROVINCES.get(system.toUpperCase(Locale.ROOT));
        if (province == null) {
            throw new IllegalArgumentException("unknown system " + system
                    + " (seed/source_systems.csv lists the pre-merger systems: " + SYSTEM_PROVINCES.keySet() + ")");
        }
        return province;
    }

    /** One of the province's split communes (with one, the random stream is the one earlier versions drew). */
    private OldUnit splitCommune() {
        return split.size() == 1 ? split.get(0) : split.get(random.nextInt(split.size()));
    }

    /** Tallies what the import must make of each row. */
    private final class Counter {
        long imported;
        long merged;
        long held;
        long rejected;
        final Set<String> applicants = new HashSet<>();

        void count(Map<String, String> row, boolean laterState) {
            if (splitCodes.contains(row.get(ExportFields.UNIT))) {
                held++;
                return;
            }
            if (laterState) {
                merged++;
            } else {
                imported++;
            }
            if (row.containsKey(ExportFields.CITIZEN_ID)) {
                applicants.add(row.get(ExportFields.CITIZEN_ID));
            }
        }
    }

    private static Person person(String province, OldUnit home, Random random) {
        boolean woman = random.nextBoolean();
        String name;
        if ("62".equals(province) && random.nextDouble() < 0.3) {
            name = (woman ? "Y " : "A ") + pick(HIGHLAND_GIVEN, random);
        } else {
            name = pick(FAMILY, random) + " " + pick(woman ? MIDDLE_WOMEN : MIDDLE_MEN, random) + " "
                    + pick(woman ? GIVEN_WOMEN : GIVEN_MEN, random);
        }
        String citizenId = null;
        if (random.nextDouble() < 0.85) {
            int year = 1940 + random.nextInt(66);
            int genderCentury = (year >= 2000 ? 2 : 0) + (woman ? 1 : 0);
            citizenId = "0" + province + genderCentury + String.format("%02d%06d", year % 100, random.nextInt(1_000_000));
        }
        return new Person(name, citizenId, home, "Thôn " + (1 + random.nextInt(9)));
    }

    private Map<String, String> dossier(Person person) {
        Procedure procedure = procedures.get(random.nextInt(procedures.size()));
        LocalDateTime received = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2007)).atTime(7 + random.nextInt(10),
                random.nextInt(60), random.nextInt(60));
        LocalDateTime appointment = received.plusDays(1 + random.nextInt(15)).withHour(16).withMinute(0).withSecond(0);
        Map<String, String> row = new LinkedHashMap<>();
        row.put(ExportFields.CODE, options.system().toUpperCase(Locale.ROOT) + "." + person.home().code() + "-"
                + received.format(CODE_DATE) + "-" + (options.seed() * 10_000_000 + ++sequence));
        row.put(ExportFields.UNIT, person.home().code());
        if (procedure.code() != null && !procedure.code().isBlank()) {
            row.put(ExportFields.PROCEDURE_CODE, procedure.code());
        }
        row.put(ExportFields.PROCEDURE_NAME, procedure.name());
        row.put(ExportFields.FIELD, procedure.field());
        row.put(ExportFields.APPLICANT_NAME, spelled(person.name()));
        if (person.citizenId() != null) {
            row.put(ExportFields.CITIZEN_ID, person.citizenId());
        }
        row.put(ExportFields.ADDRESS, person.village() + ", " + person.home().name() + ", " + person.home().district());
        row.put(ExportFields.CHANNEL, random.nextDouble() < 0.7 ? "TRUC_TIEP" : random.nextDouble() < 0.85 ? "TRUC_TUYEN" : "BUU_CHINH");
        row.put(ExportFields.RECEIVED_AT, time(received));
        row.put(ExportFields.APPOINTMENT_AT, time(appointment));
        double outcome = random.nextDouble();
        LocalDateTime finished = received.plusDays(random.nextInt(12)).plusHours(2);
        LocalDateTime updated;
        if (outcome < 0.72) {
            LocalDateTime returned = finished.plusDays(random.nextInt(4)).plusHours(1);
            row.put(ExportFields.STATUS, "DA_TRA_KET_QUA");
            row.put(ExportFields.FINISHED_AT, time(finished));
            row.put(ExportFields.RETURNED_AT, time(returned));
            row.put(ExportFields.RESULT, result(received));
            updated = returned;
        } else if (outcome < 0.80) {
            row.put(ExportFields.STATUS, "DA_GIAI_QUYET");
            row.put(ExportFields.FINISHED_AT, time(finished));
            row.put(ExportFields.RESULT, result(received));
            updated = finished;
        } else if (outcome < 0.86) {
            row.put(ExportFields.STATUS, "TU_CHOI");
            row.put(ExportFields.FINISHED_AT, time(finished));
            row.put(ExportFields.REASONS, pick(REFUSALS));
            updated = finished;
        } else if (outcome < 0.90) {
            row.put(ExportFields.STATUS, "DA_RUT");
            row.put(ExportFields.FINISHED_AT, time(finished));
            row.put(ExportFields.REASONS, "Người nộp đề nghị dừng giải quyết để hoàn thiện hồ sơ sau");
            updated = finished;
        } else if (outcome < 0.94) {
            row.put(ExportFields.STATUS, "CHO_BO_SUNG");
            row.put(ExportFields.REASONS, pick(SUPPLEMENTS));
            updated = received.plusDays(1);
        } else {
            row.put(ExportFields.STATUS, "DANG_XU_LY");
            updated = received.plusHours(1);
        }
        row.put(ExportFields.UPDATED_AT, time(updated));
        return row;
    }

    /** The same dossier as an earlier export saw it: still being processed, changed an hour after it was received. */
    private Map<String, String> earlierState(Map<String, String> last) {
        Map<String, String> earlier = new LinkedHashMap<>(last);
        for (String field : List.of(ExportFields.FINISHED_AT, ExportFields.RETURNED_AT, ExportFields.RESULT, ExportFields.REASONS)) {
            earlier.remove(field);
        }
        earlier.put(ExportFields.STATUS, "DANG_XU_LY");
        LocalDateTime received = parse(last.get(ExportFields.RECEIVED_AT));
        earlier.put(ExportFields.UPDATED_AT, time(received.plusMinutes(30)));
        if (!time(received.plusMinutes(30)).equals(last.get(ExportFields.UPDATED_AT))) {
            return earlier;
        }
        earlier.put(ExportFields.UPDATED_AT, time(received.plusMinutes(10)));
        return earlier;
    }

    /** A person's name as a clerk typed it: mostly right, sometimes in capitals or without diacritics. */
    private String spelled(String name) {
        double r = random.nextDouble();
        if (r < 0.05) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (r < 0.08) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        }
        return name;
    }

    private String result(LocalDateTime received) {
        return "Số " + (1 + random.nextInt(900)) + "/" + received.getYear() + "/KQ";
    }

    private void writeBroken(Writer writer, long n) throws IOException {
        Person person = people.get(random.nextInt(people.size()));
        Map<String, String> row = dossier(person);
        row.put(ExportFields.CODE, row.get(ExportFields.CODE) + "-B");
        switch ((int) (n % 8)) {
            case 0 -> row.put(ExportFields.RECEIVED_AT, csv ? "31/02/2024 08:00:00" : "2024-02-31T08:00:00+07:00");
            case 1 -> row.put(ExportFields.UNIT, "99999");
            case 2 -> row.put(ExportFields.APPLICANT_NAME, "");
            case 3 -> row.put(ExportFields.CITIZEN_ID, "0512345");
            case 4 -> row.put(ExportFields.STATUS, "HOAN_THANH");
            case 5 -> {
                String text = csv ? String.join(",", row.get(ExportFields.CODE), row.get(ExportFields.UNIT), "thiếu cột")
                        : JSON.writeValueAsString(row).substring(0, 40);
                writer.write(text);
                writer.write('\n');
                return;
            }
            case 6 -> {
                row.put(ExportFields.STATUS, "DA_GIAI_QUYET");
                row.put(ExportFields.FINISHED_AT, time(parse(row.get(ExportFields.RECEIVED_AT)).minusDays(3)));
            }
            default -> row.put(ExportFields.UNIT, otherProvince.get(random.nextInt(otherProvince.size())).code());
        }
        writeRow(writer, row);
    }

    private void writeRow(Writer writer, Map<String, String> row) throws IOException {
        if (csv) {
            List<String> cells = new ArrayList<>(ExportFields.ALL.size());
            for (String field : ExportFields.ALL) {
                cells.add(quoted(row.getOrDefault(field, "")));
            }
            writer.write(String.join(",", cells));
        } else {
            try {
                writer.write(JSON.writeValueAsString(row));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        writer.write('\n');
    }

    private String time(LocalDateTime at) {
        return csv ? at.format(CSV_TIME) : at.atOffset(VIETNAM).toString();
    }

    private LocalDateTime parse(String time) {
        return csv ? LocalDateTime.parse(time, CSV_TIME) : java.time.OffsetDateTime.parse(time).toLocalDateTime();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private String pick(String[] values) {
        return pick(values, random);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
