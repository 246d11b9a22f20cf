package org.motcua.notification.service.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a message tells, and to whom, with the variables its templates may use (all text, dates for people).
 * Messages to the applicant may name the dossier and the applicant; messages to staff name the staff member.
 */
public enum TemplateKind {

    RECEIVED(true, "receivedAt", "dueAt", "unitName", "procedureName"),
    ASSIGNED(true, "unitName"),
    TRANSFERRED(true, "unitName"),
    SUPPLEMENT_REQUESTED(true, "reasons"),
    SUPPLEMENTED(true, "dueAt"),
    DECIDED_APPROVED(true, "resultReference", "unitName"),
    DECIDED_REFUSED(true, "reasons", "unitName"),
    DEADLINE_EXTENDED(true, "reason", "newDueAt"),
    /** A provisional appointment counted again once the year's official calendar was loaded. */
    APPOINTMENT_CHANGED(true, "reason", "previousDueAt", "newDueAt"),
    OVERDUE(true, "dueAt", "unitName"),
    WITHDRAWN(true, "unitName"),
    /** To a unit's leaders (or the provincial office, for the province): the dossiers at risk since the last one. */
    AT_RISK_DIGEST(false, "unitName", "count", "dossierList", "digestAt"),
    /** To a unit's leaders and the provincial office: a unit's queue of a field will take too long to clear. */
    CONGESTION(false, "unitName", "field", "queuedDossiers", "daysToClear", "staffHoursPerDay", "observedAt"),
    /** To the provincial office: appointments are counted on a year whose official calendar is not loaded. */
    CALENDAR_NOTICE(false, "year", "firstDossierCode", "neededAt");

    private final boolean toApplicant;
    private final List<String> variables;

    TemplateKind(boolean toApplicant, String... own) {
        this.toApplicant = toApplicant;
        Stream<String> common = toApplicant ? Stream.of("dossierCode", "applicantName") : Stream.of("recipientName");
        this.variables = Stream.concat(common, java.util.Arrays.stream(own)).toList();
    }

    public List<String> variables() {
        return variables;
    }

    public boolean toApplicant() {
        return toApplicant;
    }

    /** The variable that holds the recipient's name. */
    public String recipientVariable() {
        return toApplicant ? "applicantName" : "recipientName";
    }

    /** Example values, for previews. */
    public Map<String, String> sample() {
        Map<String, String> sample = new LinkedHashMap<>();
        Map<String, String> examples = new java.util.HashMap<>(Map.of("dossierCode", "21025-261129-0001",
                "applicantName", "Nguyễn Văn An", "receivedAt", "09:15 29/11/2026", "dueAt", "16:30 02/12/2026",
                "unitName", "Phường Cẩm Thành", "procedureName", "Thủ tục đăng ký khai sinh", "reasons",
                "Giấy chứng sinh chưa có chữ ký", "resultReference", "Giấy khai sinh số 125/2026", "reason",
                "Cần xác minh thêm tại cơ quan khác", "newDueAt", "16:30 05/12/2026"));
        examples.putAll(Map.of("recipientName", "Trần Thị Bích", "count", "2", "dossierList",
                "- 21025-261129-0001 (Đất đai): hạn 16:30 02/12/2026, dự kiến xong 10:00 04/12/2026\n"
                        + "- 21025-261129-0007 (Hộ tịch): hạn 10:00 01/12/2026, dự kiến xong 15:00 01/12/2026",
                "digestAt", "07:30 30/11/2026", "field", "Đất đai", "queuedDossiers", "42", "daysToClear", "4,5",
                "staffHoursPerDay", "16", "observedAt", "09:00 30/11/2026"));
        examples.putAll(Map.of("previousDueAt", "17:00 19/01/2027", "year", "2027", "firstDossierCode",
                "21025-261207-0001", "neededAt", "07:45 07/12/2026"));
        variables.forEach(v -> sample.put(v, examples.get(v)));
        return sample;
    }
}
