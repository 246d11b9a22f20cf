package org.motcua.notification.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a message tells the applicant, with the variables its templates may use (all text, dates for people). */
public enum TemplateKind {

    RECEIVED("receivedAt", "dueAt", "unitName", "procedureName"),
    ASSIGNED("unitName"),
    TRANSFERRED("unitName"),
    SUPPLEMENT_REQUESTED("reasons"),
    SUPPLEMENTED("dueAt"),
    DECIDED_APPROVED("resultReference", "unitName"),
    DECIDED_REFUSED("reasons", "unitName"),
    DEADLINE_EXTENDED("reason", "newDueAt"),
    WITHDRAWN("unitName");

    private final List<String> variables;

    /** Every message may name the dossier and the applicant, and its own values. */
    TemplateKind(String... own) {
        this.variables = java.util.stream.Stream.concat(java.util.stream.Stream.of("dossierCode", "applicantName"),
                java.util.Arrays.stream(own)).toList();
    }

    public List<String> variables() {
        return variables;
    }

    /** Example values, for previews. */
    public Map<String, String> sample() {
        Map<String, String> sample = new LinkedHashMap<>();
        Map<String, String> examples = Map.of("dossierCode", "21025-261129-0001", "applicantName", "Nguyễn Văn An",
                "receivedAt", "09:15 29/11/2026", "dueAt", "16:30 02/12/2026", "unitName", "Phường Cẩm Thành",
                "procedureName", "Thủ tục đăng ký khai sinh", "reasons", "Giấy chứng sinh chưa có chữ ký",
                "resultReference", "Giấy khai sinh số 125/2026", "reason", "Cần xác minh thêm tại cơ quan khác",
                "newDueAt", "16:30 05/12/2026");
        variables.forEach(v -> sample.put(v, examples.get(v)));
        return sample;
    }
}
