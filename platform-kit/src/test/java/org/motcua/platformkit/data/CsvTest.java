package org.motcua.platformkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        List<Map<String, String>> rows = Csv.read(new StringReader(
                "code,name,text\r\n21025,Cẩm Thành,\"Phường Nguyễn Nghiêm, Phường \"\"A\"\"\nhai dòng\"\n23548,Ya Ly,\n"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("name", "Cẩm Thành")
                .containsEntry("text", "Phường Nguyễn Nghiêm, Phường \"A\"\nhai dòng");
        assertThat(rows.get(1)).containsEntry("code", "23548").containsEntry("text", "");
    }

    @Test
    void missingTrailingCellsReadAsEmptyAndBlankLinesAreSkipped() throws IOException {
        List<Map<String, String>> rows = Csv.read(new StringReader("\uFEFFa,b,c\n1\n\n2,3,4\n"));
        assertThat(rows).containsExactly(Map.of("a", "1", "b", "", "c", ""), Map.of("a", "2", "b", "3", "c", "4"));
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a\n\"open"))).isInstanceOf(IOException.class);
    }
}
