package org.motcua.routing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.motcua.platformkit.pdf.PaperDocument;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.StepKind;
import org.motcua.routing.service.ControlSheetService;

/**
 * The process control sheet as the paper that travels with the dossier (Phiếu kiểm soát quá trình giải
 * quyết hồ sơ, Mẫu 06): each hand-over with the units giving and receiving it, who, when (the province's
 * time) and whether it was before, on or after the appointment.
 */
final class ControlSheetPaper {

    /** The form's four columns: the step and the units, the time, the result against the appointment, notes. */
    private static final float[] COLUMNS = { 4.4f, 1.9f, 1.6f, 2.6f };
    private static final List<String> HEADER = List.of("TÊN CƠ QUAN, BƯỚC XỬ LÝ", "THỜI GIAN GIAO, NHẬN HỒ SƠ",
            "KẾT QUẢ GIẢI QUYẾT (trước hạn / đúng hạn / quá hạn)", "GHI CHÚ");

    private ControlSheetPaper() {
    }

    static byte[] render(ControlSheetService.Sheet sheet) {
        Assignment a = sheet.assignment();
        String receiving = sheet.unitName(a.receivingUnitCode());
        String issuer = sheet.isCommune(a.receivingUnitCode()) ? "UBND " + receiving : receiving;
        try (PaperDocument paper = PaperDocument.a4("Phiếu kiểm soát quá trình giải quyết hồ sơ " + a.dossierCode(),
                "Thủ tục " + procedure(a))) {
            paper.heading(a.dossierCode() + "|" + a.procedureCode(), issuer, "Bộ phận Một cửa")
                    .title("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
                    .centeredLine("Mã hồ sơ: " + a.dossierCode())
                    .centeredLine("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả mã hồ sơ: " + a.dossierCode() + ")")
                    .gap(4)
                    .paragraph("Cơ quan (bộ phận) giải quyết hồ sơ: " + sheet.unitName(a.processingUnitCode()))
                    .paragraph("Thủ tục hành chính: " + procedure(a))
                    .paragraph("Tiếp nhận: " + ProvinceTime.forPapers(a.submittedAt()))
                    .paragraph("Hẹn trả kết quả: " + appointment(a))
                    .gap(6)
                    .table(COLUMNS, HEADER, IntStream.range(0, sheet.rows().size())
                            .mapToObj(i -> row(sheet, i + 1, sheet.rows().get(i))).toList());
            if (a.resultReference() != null) {
                paper.paragraph("Kết quả giải quyết: " + a.resultReference());
            }
            return paper.toBytes();
        }
    }

    private static List<String> row(ControlSheetService.Sheet sheet, int number, ControlSheetService.Row r) {
        String units = r.fromUnit() == null || r.fromUnit().equals(r.unitCode())
                ? sheet.unitName(r.unitCode())
                : "Giao: " + sheet.unitName(r.fromUnit()) + "\nNhận: " + sheet.unitName(r.unitCode());
        String step = number + ". " + ControlSheetRowView.nameOf(r.kind()) + "\n" + units
                + "\nNgười thực hiện: " + actor(r.actor());
        return List.of(step, ProvinceTime.forPapers(r.at()), timeliness(r.at(), sheet.assignment().dueAt()),
                note(sheet.assignment(), r));
    }

    private static String appointment(Assignment a) {
        if (a.dueAt() == null) {
            return "chưa xác định";
        }
        String due = ProvinceTime.forPapers(a.dueAt());
        return a.sla().previousDueAt() == null ? due
                : due + " (đã xin lỗi và hẹn lại; hẹn ban đầu " + ProvinceTime.forPapers(a.sla().previousDueAt()) + ")";
    }

    /** Before the appointment's day, on it, or after the appointment. */
    private static String timeliness(Instant at, Instant due) {
        if (due == null) {
            return "";
        }
        if (at.isAfter(due)) {
            return "Quá hạn";
        }
        LocalDate day = ProvinceTime.localDate(at);
        return day.isBefore(ProvinceTime.localDate(due)) ? "Trước hạn" : "Đúng hạn";
    }

    /** The assignment row's note is the reason's name: the paper gives its words. */
    private static String note(Assignment a, ControlSheetService.Row r) {
        if (r.kind() == StepKind.ASSIGNED) {
            return AssignmentView.text(a.placement().reason());
        }
        return r.note() == null ? "" : r.note();
    }

    private static String actor(String actor) {
        return switch (actor) {
            case "routing" -> "Hệ thống phân công";
            case "sla-monitor" -> "Hệ thống giám sát thời hạn";
            case "intake", "Bộ phận một cửa" -> "Bộ phận Một cửa";
            default -> actor;
        };
    }

    /** "Thủ tục đăng ký khai sinh (1.001193)", or the code alone for a dossier assigned before names were kept. */
    static String procedure(Assignment a) {
        return a.procedureName() == null ? a.procedureCode() : a.procedureName() + " (" + a.procedureCode() + ")";
    }
}
