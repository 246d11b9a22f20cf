package org.motcua.records.service.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.records.domain.migration.ExportFormat;
import org.motcua.records.domain.migration.MigrationRefusedException;

/** Reading the old systems' exports: rows, broken rows, dates, names and masking, without a database. */
class ExportReadingTest {

    private static final String HEADER = "ma_ho_so,ma_don_vi_cu,ten_thu_tuc,ho_ten,ngay_tiep_nhan,trang_thai\n";

    @TempDir
    Path dir;

    @Test
    void csvRowsMayQuoteCommasQuotesAndLineBreaksAndABrokenRowIsOneRow() throws IOException {
        List<SourceRow> rows = read("\uFEFF" + HEADER
                + "QNG.1,21019,\"Chứng thực bản sao, bản chính\",Nguyễn Văn A,15/03/2024 08:30,DA_RUT\n"
                + "\n"
                + "QNG.2,21019,\"Tờ khai \"\"đặc biệt\"\"\nhai dòng\",Trần Thị B,15/03/2024,DANG_XU_LY\n"
                + "QNG.3,21019,thiếu cột\n"
                + "QNG.4,21019,Khai sinh,\"Lê Văn C,15/03/2024,DANG_XU_LY\n", ExportFormat.CSV);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).value("ten_thu_tuc")).isEqualTo("Chứng thực bản sao, bản chính");
        assertThat(rows.get(0).value("ma_ho_so")).isEqualTo("QNG.1");
        assertThat(rows.get(1).value("ten_thu_tuc")).isEqualTo("Tờ khai \"đặc biệt\"\nhai dòng");
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(2).defect()).contains("3 cột");
        assertThat(rows.get(2).value("ma_ho_so")).isEqualTo("QNG.3");
        assertThat(rows.get(3).defect()).contains("ngoặc kép");
    }

    @Test
    void aCsvWithoutTheRequiredColumnsIsRefusedWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("x.csv"), "ma_ho_so,ho_ten\nQNG.1,A\n");
        assertThatThrownBy(() -> ExportReader.open(file, ExportFormat.CSV)).isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("ma_don_vi_cu").hasMessageContaining("trang_thai");
    }

    @Test
    void jsonLinesReadOneObjectPerLineAndRefuseNestedValuesAndBrokenLines() throws IOException {
        List<SourceRow> rows = read("{\"ma_ho_so\":\"KTM.1\",\"ho_ten\":\"Y Hới\",\"so_ket_qua\":125,\"ly_do\":null}\n"
                + "{\"ma_ho_so\":\"KTM.2\",\"ho_ten\":\"A Bl\n"
                + "   \n"
                + "[1,2]\n"
                + "{\"ma_ho_so\":\"KTM.4\",\"ho_ten\":{\"ho\":\"A\"}}\n", ExportFormat.JSON);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).fields()).isEqualTo(Map.of("ma_ho_so", "KTM.1", "ho_ten", "Y Hới", "so_ket_qua", "125"));
        assertThat(rows.get(1).defect()).startsWith("Dòng JSON hỏng");
        assertThat(rows.get(2).defect()).contains("không phải một đối tượng");
        assertThat(rows.get(2).number()).isEqualTo(3);
        assertThat(rows.get(3).defect()).contains("ho_ten");
    }

    @Test
    void datesAreReadInVietnamsTimeOrWithTheirOffsetAndImpossibleDatesAreRefused() {
        assertThat(RowChecker.time(row("15/03/2024 08:30:00"), "t")).isEqualTo(Instant.parse("2024-03-15T01:30:00Z"));
        assertThat(RowChecker.time(row("5/3/2024 8:30"), "t")).isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
        assertThat(RowChecker.time(row("15/03/2024"), "t")).isEqualTo(Instant.parse("2024-03-14T17:00:00Z"));
        assertThat(RowChecker.time(row("2024-03-15T08:30:00+07:00"), "t")).isEqualTo(Instant.parse("2024-03-15T01:30:00Z"));
        assertThatThrownBy(() -> RowChecker.time(row("31/02/2024 08:00:00"), "t")).hasMessageContaining("31/02/2024");
        assertThatThrownBy(() -> RowChecker.time(row("2024-13-01"), "t")).hasMessageContaining("không hợp lệ");
    }

    @Test
    void namesAreWrittenAsPeopleWriteThemAndIdNumbersAreMasked() {
        assertThat(RowChecker.personName("  NGUYỄN   VĂN  ĐỨC ")).isEqualTo("Nguyễn Văn Đức");
        assertThat(RowChecker.personName("Y Hới")).isEqualTo("Y Hới");
        assertThat(RowChecker.personName("Nguyen Van A")).isEqualTo("Nguyen Van A");
        assertThat(RowChecker.maskIds("QNG.21019-240315-12,Nguyễn Văn A,051190001234,0905123456,15/03/2024"))
                .isEqualTo("QNG.21019-240315-12,Nguyễn Văn A,*********234,*******456,15/03/2024");
    }

    private List<SourceRow> read(String text, ExportFormat format) throws IOException {
        Path file = Files.writeString(dir.resolve("export." + format.name().toLowerCase()), text);
        List<SourceRow> rows = new ArrayList<>();
        try (ExportReader reader = ExportReader.open(file, format)) {
            SourceRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
            assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
        }
        return rows;
    }

    private static SourceRow row(String value) {
        return new SourceRow(1, Map.of("t", value), value, null);
    }
}
