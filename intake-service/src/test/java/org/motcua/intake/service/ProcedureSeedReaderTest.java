package org.motcua.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
