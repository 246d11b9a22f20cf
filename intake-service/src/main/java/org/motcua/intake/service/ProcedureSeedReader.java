package org.motcua.intake.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.motcua.intake.domain.CompetenceRule;
import org.motcua.intake.domain.ProcedureDefinition;
import org.motcua.intake.domain.ProcedureDefinition.Document;
import org.motcua.intake.domain.Registry;
import org.motcua.platformkit.data.Digests;
import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.deadline.LegalTimeUnit;

/**
 * Turns the seed files into catalog definitions: the sample procedures (with times, fees, papers), the
 * rules file (competence, effort) and Annex I of Resolution 66.7/2025 (which papers national databases
 * replace; procedures only the annex knows appear with what it says).
 */
final class ProcedureSeedReader {

    private static final Pattern REMOTE = Pattern.compile("\\((\\d+)\\s*ở xã miền núi");
    /** A paper that proves identity is what the population database replaces ("Căn cước"). */
    private static final String IDENTITY_PAPERS = "giay to tuy than";

    /** What people read where the catalog has no legal time: nothing is computed from it. */
    static final String NO_LEGAL_TIME = "Chưa công bố thời hạn";
    static final String NO_FEE = "Chưa công bố";

    private ProcedureSeedReader() {
    }

    static Map<String, ProcedureDefinition> read(List<Map<String, String>> sample, List<Map<String, String>> rules,
            List<Map<String, String>> annex) {
        Map<String, Map<String, String>> rulesByMatch = new LinkedHashMap<>();
        rules.forEach(r -> rulesByMatch.put(r.get("match").trim(), r));
        Map<String, List<Document>> replacedByCode = new LinkedHashMap<>();
        Map<String, Map<String, String>> annexFirstRow = new LinkedHashMap<>();
        for (Map<String, String> row : annex) {
            String code = row.get("ma_tthc").trim();
            annexFirstRow.putIfAbsent(code, row);
            addReplaced(replacedByCode.computeIfAbsent(code, c -> new ArrayList<>()), row.get("giay_to_thay_the"),
                    Registry.mentionedIn(row.get("csdl")), basis(row));
        }

        Map<String, ProcedureDefinition> definitions = new LinkedHashMap<>();
        for (Map<String, String> row : sample) {
            List<String> notes = new ArrayList<>();
            String name = cleaned(row.get("ten_tthc"), notes);
            String code = row.get("ma_tthc").trim();
            boolean local = code.isEmpty();
            if (local) {
                code = localCode(name);
            }
            List<Document> replaced = new ArrayList<>(replacedByCode.getOrDefault(code, List.of()));
            for (String item : row.get("giay_to_thay_bang_CSDL_theo_NQ66_7").split(";")) {
                String[] parts = item.split("->");
                if (parts.length == 2) {
                    addReplaced(replaced, parts[0], Registry.mentionedIn(parts[1]), "NQ 66.7/2025/NQ-CP");
                }
            }
            String field = row.get("linh_vuc").trim();
            Map<String, String> rule = rulesByMatch.getOrDefault(code, rulesByMatch.get(field));
            String authority = cleaned(row.get("co_quan_tham_quyen_sau_01072025"), notes);
            String legalTimeText = cleaned(row.get("thoi_han_giai_quyet"), notes);
            String feeText = cleaned(row.get("phi_le_phi"), notes);
            List<Document> documents = documents(cleaned(row.get("thanh_phan_ho_so_chinh"), notes), replaced);
            definitions.put(code, new ProcedureDefinition(name, field, authority,
                    rule == null || rule.get("competence_rule").isBlank() ? null
                            : CompetenceRule.valueOf(rule.get("competence_rule").trim()),
                    rule == null || rule.get("competent_agency").isBlank() ? null : rule.get("competent_agency").trim(),
                    legalTime(row.get("thoi_han_so"), row.get("don_vi_thoi_han")), remoteAmount(row.get("don_vi_thoi_han")),
                    legalTimeText.isEmpty() ? NO_LEGAL_TIME : legalTimeText, feeText.isEmpty() ? NO_FEE : feeText,
                    rule == null || rule.get("effort_hours").isBlank() ? null : new BigDecimal(rule.get("effort_hours").trim()),
                    provenance(row.get("muc_do_xac_minh"), notes), local, documents));
        }
        annexFirstRow.forEach((code, row) -> definitions.computeIfAbsent(code, c -> new ProcedureDefinition(
                row.get("ten_tthc").trim(), ministryField(row.get("section_ministry")),
                "Chưa có trong danh mục của tỉnh", null, null, null, null, NO_LEGAL_TIME, NO_FEE, null,
                "Chỉ có dữ liệu Phụ lục I NQ 66.7/2025/NQ-CP (giấy tờ được thay thế); chưa có thời hạn, thẩm quyền",
                false, List.copyOf(replacedByCode.get(code)))));
        return definitions;
    }

    /** A text of the reference data without its research notes (kept in {@code notes}). */
    private static String cleaned(String text, List<String> notes) {
        SeedNotes.Cleaned cleaned = SeedNotes.clean(text == null ? "" : text.trim());
        notes.addAll(cleaned.notes());
        return cleaned.text();
    }

    /** The row's verification level and the notes taken out of its texts: where the data comes from. */
    private static String provenance(String verification, List<String> notes) {
        String level = verification == null ? "" : verification.trim();
        return notes.isEmpty() ? level : (level.isEmpty() ? "" : level + "; ") + "ghi chú nguồn: " + String.join("; ", notes);
    }

    /** The required papers: each listed paper, replaced where a database holds it; then the other replaced papers. */
    private static List<Document> documents(String listed, List<Document> replaced) {
        List<Document> documents = new ArrayList<>();
        List<Document> unused = new ArrayList<>(replaced);
        for (String item : listed.split(";")) {
            String name = item.trim();
            if (name.isEmpty()) {
                continue;
            }
            String folded = VietnameseText.fold(name);
            Document match = unused.stream()
                    .filter(r -> folded.contains(VietnameseText.fold(r.name()))
                            || (folded.contains(IDENTITY_PAPERS) && r.replacedBy().contains(Registry.POPULATION)))
                    .findFirst().orElse(null);
            if (match != null) {
                unused.remove(match);
                documents.add(new Document(name, match.replacedBy(), match.legalBasis()));
            } else if (folded.contains("csdl") || folded.contains("co so du lieu")) {
                documents.add(new Document(name, Registry.mentionedIn(name), null));
            } else {
                documents.add(new Document(name, List.of(), null));
            }
        }
        documents.addAll(unused);
        return documents;
    }

    private static void addReplaced(List<Document> replaced, String paper, List<Registry> registries, String basis) {
        String name = paper.trim();
        if (name.isEmpty() || registries.isEmpty()) {
            return;
        }
        String folded = VietnameseText.fold(name);
        if (replaced.stream().noneMatch(r -> VietnameseText.fold(r.name()).equals(folded))) {
            replaced.add(new Document(name, registries, basis));
        }
    }

    private static String basis(Map<String, String> row) {
        return ("NQ 66.7/2025/NQ-CP; " + row.get("vbqppl_quy_dinh_tphs") + " " + row.get("dieu_khoan")).trim();
    }

    static LegalTime legalTime(String amount, String unitText) {
        String unit = VietnameseText.fold(unitText);
        if (amount == null || amount.isBlank() || unit.isEmpty()) {
            return null;
        }
        int n = Integer.parseInt(amount.trim());
        if (unit.contains("trong ngay")) {
            return LegalTime.sameDay();
        }
        if (unit.contains("lam viec") && !unit.contains("khong ghi lam viec")) {
            return new LegalTime(n, LegalTimeUnit.WORKING_DAYS);
        }
        if (unit.contains("gio")) {
            return new LegalTime(n, LegalTimeUnit.WORKING_HOURS);
        }
        return new LegalTime(n, LegalTimeUnit.CALENDAR_DAYS);
    }

    static Integer remoteAmount(String unitText) {
        Matcher m = REMOTE.matcher(unitText == null ? "" : unitText);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA BỘ CÔNG THƯƠNG" → "Bộ Công Thương". */
    static String ministryField(String section) {
        String text = section.trim();
        int of = text.toUpperCase(Locale.ROOT).lastIndexOf(" CỦA ");
        String ministry = of < 0 ? text : text.substring(of + 5);
        StringBuilder out = new StringBuilder();
        for (String word : ministry.toLowerCase(new Locale("vi")).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.equals("và") ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** A clearly local, stable code for a procedure the national catalog gives none. */
    static String localCode(String name) {
        return "LOCAL." + Digests.sha1Hex(name).substring(0, 6).toUpperCase(Locale.ROOT);
    }
}
