package org.motcua.records.service.migration;

import static org.motcua.platformkit.migration.ExportFields.*;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.security.CitizenIds;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.records.domain.ArchiveStatus;
import org.motcua.records.domain.migration.CheckedRow;
import org.motcua.records.domain.migration.LegacyDossier;
import org.motcua.records.domain.migration.SourceSystem;
import org.motcua.records.domain.migration.UnitRules;

/** Checks an export row and puts it in the archive's terms (docs/migration-format.md says what is accepted). */
@ApplicationScoped
public class RowChecker {

    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9])[0-9]{9,12}(?![0-9])");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:m[:s]")
            .withResolverStyle(ResolverStyle.STRICT); // 31/02 is refused, not read as 29/02
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, String> STATUSES = Map.of(
            "DANG_XU_LY", ArchiveStatus.ASSIGNED,
            "CHO_BO_SUNG", ArchiveStatus.SUPPLEMENTATION_REQUESTED,
            "DA_GIAI_QUYET", ArchiveStatus.RESOLVED,
            "TU_CHOI", ArchiveStatus.REFUSED,
            "DA_TRA_KET_QUA", ArchiveStatus.RESULT_RETURNED,
            "DA_RUT", ArchiveStatus.WITHDRAWN);
    private static final Map<String, String> CHANNELS = Map.of("TRUC_TIEP", "COUNTER", "TRUC_TUYEN", "ONLINE",
            "BUU_CHINH", "POSTAL");
    private static final Map<String, Integer> MAX_LENGTHS = Map.of(CODE, 60, PROCEDURE_CODE, 40, PROCEDURE_NAME, 500,
            FIELD, 200, APPLICANT_NAME, 200, ADDRESS, 500, RESULT, 500);

    private final UnitMapping units;
    private final CitizenIds citizenIds;

    RowChecker(UnitMapping units, CitizenIds citizenIds) {
        this.units = units;
        this.citizenIds = citizenIds;
    }

    /** The row checked: accepted with its new unit, held for review, or rejected with the reason. */
    public CheckedRow check(SourceSystem system, SourceRow row, UnitRules rules) {
        try {
            return accept(system, row, rules);
        } catch (RowRejected e) {
            return new CheckedRow.Rejected(row.number(), truncated(row.value(CODE), 200), e.code, e.getMessage(),
                    maskIds(row.text()));
        }
    }

    private CheckedRow accept(SourceSystem system, SourceRow row, UnitRules rules) {
        if (row.defect() != null) {
            throw new RowRejected("BROKEN_ROW", row.defect());
        }
        for (String field : REQUIRED) {
            if (row.value(field) == null) {
                throw new RowRejected("MISSING_FIELD", "Thiếu giá trị bắt buộc: " + field);
            }
        }
        MAX_LENGTHS.forEach((field, max) -> {
            String value = row.value(field);
            if (value != null && value.length() > max) {
                throw new RowRejected("TOO_LONG", "Trường " + field + " dài " + value.length() + " ký tự, tối đa " + max);
            }
        });
        UnitMapping.OldUnit unit = units.of(row.value(UNIT));
        if (unit == null) {
            throw new RowRejected("UNKNOWN_UNIT", "Mã đơn vị cũ " + row.value(UNIT) + " không có trong bảng chuyển đổi đơn vị");
        }
        if (!unit.provinceCode().equals(system.provinceCode())) {
            throw new RowRejected("OTHER_PROVINCE", "Đơn vị cũ " + unit.name() + " (" + unit.code()
                    + ") không thuộc tỉnh của hệ thống " + system.name());
        }
        LegacyDossier dossier = dossier(system, row, unit);
        if (!unit.isSplit()) {
            return new CheckedRow.Accepted(row.number(), dossier, unit.newUnitCodes().get(0));
        }
        String decided = rules.decide(unit.code(), dossier.address());
        return decided != null ? new CheckedRow.Accepted(row.number(), dossier, decided)
                : new CheckedRow.Held(row.number(), dossier, unit.newUnitCodes());
    }

    private LegacyDossier dossier(SourceSystem system, SourceRow row, UnitMapping.OldUnit unit) {
        String sourceStatus = row.value(STATUS).toUpperCase(Locale.ROOT);
        String status = STATUSES.get(sourceStatus);
        if (status == null) {
            throw new RowRejected("UNKNOWN_STATUS", "Trạng thái " + row.value(STATUS) + " không thuộc danh mục "
                    + String.join(", ", STATUSES.keySet().stream().sorted().toList()));
        }
        String channel = row.value(CHANNEL) == null ? null : CHANNELS.get(row.value(CHANNEL).toUpperCase(Locale.ROOT));
        if (row.value(CHANNEL) != null && channel == null) {
            throw new RowRejected("UNKNOWN_CHANNEL", "Kênh nộp " + row.value(CHANNEL) + " không thuộc danh mục TRUC_TIEP, TRUC_TUYEN, BUU_CHINH");
        }
        String citizenId = row.value(CITIZEN_ID);
        if (citizenId != null && !CitizenIds.isValid(citizenId)) {
            throw new RowRejected("BAD_CITIZEN_ID", "Số định danh cá nhân " + CitizenIds.mask(citizenId) + " không hợp lệ (12 chữ số, bắt đầu bằng mã tỉnh)");
        }
        Instant received = time(row, RECEIVED_AT);
        Instant finished = time(row, FINISHED_AT);
        Instant returned = time(row, RETURNED_AT);
        Instant updated = time(row, UPDATED_AT);
        String reasons = row.value(REASONS);
        String decision = switch (status) {
            case ArchiveStatus.RESOLVED, ArchiveStatus.RESULT_RETURNED -> "APPROVED";
            case ArchiveStatus.REFUSED -> "REFUSED";
            default -> null;
        };
        boolean ended = ArchiveStatus.RESOLVED.equals(status) || ArchiveStatus.REFUSED.equals(status)
                || ArchiveStatus.WITHDRAWN.equals(status);
        require(!ended || finished != null, sourceStatus, FINISHED_AT);
        require(!ArchiveStatus.RESULT_RETURNED.equals(status) || returned != null, sourceStatus, RETURNED_AT);
        require(!ArchiveStatus.REFUSED.equals(status) || reasons != null, sourceStatus, REASONS);
        for (Instant later : new Instant[] { finished, returned }) {
            if (later != null && later.isBefore(received)) {
                throw new RowRejected("INCONSISTENT", "Ngày kết thúc hoặc trả kết quả trước ngày tiếp nhận");
            }
        }
        Instant lastChange = updated != null ? updated : latest(received, finished, returned);
        return new LegacyDossier(system, row.value(CODE), unit.code(), row.value(PROCEDURE_CODE), row.value(PROCEDURE_NAME),
                row.value(FIELD), personName(row.value(APPLICANT_NAME)), citizenId == null ? null : citizenIds.hash(citizenId),
                row.value(ADDRESS), channel, received, time(row, APPOINTMENT_AT), status, decision, finished, returned,
                row.value(RESULT), reasons, lastChange);
    }

    private static void require(boolean present, String sourceStatus, String field) {
        if (!present) {
            throw new RowRejected("INCONSISTENT", "Trạng thái " + sourceStatus + " cần có " + field);
        }
    }

    private static Instant latest(Instant... times) {
        Instant latest = null;
        for (Instant t : times) {
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        return latest;
    }

    /** A date and time of the old system: "15/03/2024 08:30[:00]" or "15/03/2024" in Vietnam's time, or ISO 8601 with offset. */
    static Instant time(SourceRow row, String field) {
        String value = row.value(field);
        if (value == null) {
            return null;
        }
        try {
            if (value.contains("T")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            if (value.contains(":")) {
                return LocalDateTime.parse(value, DAY_TIME).atZone(ProvinceTime.ZONE).toInstant();
            }
            return LocalDate.parse(value, DAY).atStartOfDay(ProvinceTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowRejected("BAD_DATE", "Ngày giờ không hợp lệ ở trường " + field + ": " + value);
        }
    }

    /** A person's name as people write it: one space between words, "NGUYỄN VĂN A" as "Nguyễn Văn A". */
    static String personName(String name) {
        String spaced = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (!spaced.equals(spaced.toUpperCase(Locale.ROOT))) {
            return spaced;
        }
        StringBuilder out = new StringBuilder(spaced.length());
        for (String word : spaced.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** The text with every run of 9 to 12 digits (ID numbers, phone numbers) shown as its last three digits only. */
    static String maskIds(String text) {
        return ID_LIKE.matcher(text).replaceAll(m -> CitizenIds.mask(m.group()));
    }

    private static String truncated(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** A row the check refuses; its message is the reason shown to people. */
    private static final class RowRejected extends RuntimeException {
        private final String code;

        RowRejected(String code, String reason) {
            super(reason, null, false, false);
            this.code = code;
        }
    }
}
