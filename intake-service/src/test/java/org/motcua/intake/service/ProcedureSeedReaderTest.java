package org.motcua.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.intake.domain.ProcedureDefinition;
import org.motcua.platformkit.data.Csv;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.deadline.LegalTimeUnit;

class ProcedureSeedReaderTest {

    @Test
    void publishedTimeUnitsBecomeLegalTimes() {
        assertThat(ProcedureSeedReader.legalTime("0", "trong ngày (cut-off 15:00)")).isEqualTo(LegalTime.sameDay());
        assertThat(ProcedureSeedReader.legalTime("5", "ngày làm việc (nếu xác minh)"))
                .isEqualTo(new LegalTime(5, LegalTimeUnit.WORKING_DAYS));
        assertThat(ProcedureSeedReader.legalTime("30", "ngày (không ghi \"làm việc\")"))
                .isEqualTo(new LegalTime(30, LegalTimeUnit.CALENDAR_DAYS));
        assertThat(ProcedureSeedReader.legalTime("45", "ngày")).isEqualTo(new LegalTime(45, LegalTimeUnit.CALENDAR_DAYS));
        assertThat(ProcedureSeedReader.legalTime("", "")).isNull();
    }

    @Test
    void theLongerLimitOfRemoteCommunesIsRead() {
        assertThat(ProcedureSeedReader.remoteAmount("ngày làm việc (18 ở xã miền núi/hải đảo)")).isEqualTo(18);
        assertThat(ProcedureSeedReader.remoteAmount("ngày làm việc")).isNull();
    }

    @Test
    void ministrySectionsBecomeReadableFields() {
        assertThat(ProcedureSeedReader.ministryField("LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA BỘ KHOA HỌC VÀ CÔNG NGHỆ"))
                .isEqualTo("Bộ Khoa Học và Công Nghệ");
        assertThat(ProcedureSeedReader.ministryField("LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA NGÂN HÀNG NHÀ NƯỚC"))
                .isEqualTo("Ngân Hàng Nhà Nước");
    }

    @Test
    void localCodesAreStableAndClearlyLocal() {
        assertThat(ProcedureSeedReader.localCode("Đăng ký thành lập hộ kinh doanh"))
                .isEqualTo(ProcedureSeedReader.localCode("Đăng ký thành lập hộ kinh doanh"))
                .matches("LOCAL\\.[0-9A-F]{6}");
    }

    @Test
    void researchNotesLeaveTheTextsAndBecomeProvenance() {
        assertThat(SeedNotes.clean("03 ngày làm việc (kéo dài nếu cần xác minh - chưa xác minh số ngày)"))
                .isEqualTo(new SeedNotes.Cleaned("03 ngày làm việc (kéo dài nếu cần xác minh)", List.of("chưa xác minh số ngày")));
        assertThat(SeedNotes.clean("Đơn yêu cầu hòa giải (Điều 235 Luật Đất đai 2024, Điều 105 NĐ 102/2024 - per luatlongphan.vn)")
                .text()).isEqualTo("Đơn yêu cầu hòa giải (Điều 235 Luật Đất đai 2024, Điều 105 NĐ 102/2024)");
        assertThat(SeedNotes.clean("(not found in this session)").text()).isEmpty();
        assertThat(SeedNotes.clean("Lệ phí trước bạ, thuế TNCN (third-party: 0,5% và 2%)").text())
                .isEqualTo("Lệ phí trước bạ, thuế TNCN");
        assertThat(SeedNotes.clean("Tờ khai (bản chính)").text()).isEqualTo("Tờ khai (bản chính)");
    }

    @Test
    void noTextAPersonReadsInTheSeededCatalogCarriesAResearchNote() {
        Map<String, ProcedureDefinition> catalog = ProcedureSeedReader.read(Csv.readResource("seed/procedures_sample.csv"),
                Csv.readResource("seed/procedure_rules.csv"),
                Csv.readResource("seed/nq66_7_2025_components_replaced_by_national_db.csv"));
        java.util.regex.Pattern note = java.util.regex.Pattern.compile(
                "(?i)(\\bper\\s|third-party|not found|chưa xác minh|background|secondary|session|\\[verify)");
        catalog.forEach((code, d) -> {
            List<String> read = new java.util.ArrayList<>(List.of(d.name(), d.competentAuthority(), d.legalTimeText(),
                    d.feeText()));
            d.documents().forEach(doc -> read.add(doc.name()));
            assertThat(read).as(code).noneMatch(text -> text != null && note.matcher(text).find());
        });
        assertThat(catalog.get("1.013980").legalTimeText()).isEqualTo("Chưa công bố thời hạn");
        assertThat(catalog.get("1.013980").verificationNote()).contains("not found in this session");
        long complete = catalog.values().stream().filter(d -> d.legalTime() != null && d.competenceRule() != null).count();
        assertThat(complete).isPositive();
    }
}
