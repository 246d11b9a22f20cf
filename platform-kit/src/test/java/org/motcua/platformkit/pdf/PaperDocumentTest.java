package org.motcua.platformkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The paper's table: Vietnamese text kept, long tables break over pages with their header repeated. */
class PaperDocumentTest {

    private static final float[] WEIGHTS = { 1, 4, 3 };
    private static final List<String> HEADER = List.of("STT", "Đơn vị giao – nhận", "Thời gian giao, nhận");

    @Test
    void aShortTableKeepsItsVietnameseTextOnOnePage() throws IOException {
        byte[] pdf;
        try (PaperDocument paper = PaperDocument.a4("Phiếu", "Thử")) {
            paper.title("PHIẾU KIỂM SOÁT").table(WEIGHTS, HEADER, List.of(
                    List.of("1", "Giao: Bộ phận Một cửa Phường Cẩm Thành\nNhận: Xã Tịnh Khê", "08 giờ 05 phút, ngày 30/11/2026")));
            pdf = paper.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Đơn vị giao – nhận").contains("Giao: Bộ phận Một cửa Phường Cẩm Thành")
                    .contains("Nhận: Xã Tịnh Khê").contains("ngày 30/11/2026");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEachPage() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> List.of(String.valueOf(i), "Đơn vị số " + i, "ngày 30/11/2026")).toList();
        byte[] pdf;
        try (PaperDocument paper = PaperDocument.a4("Phiếu", "Thử")) {
            pdf = paper.table(WEIGHTS, HEADER, rows).toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).contains("Thời gian giao, nhận");
            }
            assertThat(new PDFTextStripper().getText(document)).contains("1 Đơn vị số 1 ngày")
                    .contains("120 Đơn vị số 120 ngày");
        }
    }

    @Test
    void papersMadeAtOnceOnSeveralThreadsEachKeepTheirOwnText() throws Exception {
        // more threads than pairs of fonts: they wait for a pair, and a pair serves one paper at a time
        ExecutorService threads = Executors.newFixedThreadPool(PaperFonts.PAIRS + 2);
        try {
            List<Future<byte[]>> papers = IntStream.range(0, 12).mapToObj(i -> threads.submit(() -> {
                try (PaperDocument paper = PaperDocument.a4("Phiếu " + i, "Thử")) {
                    return paper.title("PHIẾU SỐ " + i).paragraph("Hồ sơ của ông Nguyễn Văn Số" + i + " đã được tiếp nhận.")
                            .toBytes();
                }
            })).toList();
            for (int i = 0; i < papers.size(); i++) {
                try (PDDocument document = Loader.loadPDF(papers.get(i).get(60, TimeUnit.SECONDS))) {
                    assertThat(new PDFTextStripper().getText(document)).contains("PHIẾU SỐ " + i)
                            .contains("Hồ sơ của ông Nguyễn Văn Số" + i + " đã được tiếp nhận.");
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        try (PaperDocument paper = PaperDocument.a4("Phiếu", "Thử")) {
            assertThatThrownBy(() -> paper.table(WEIGHTS, HEADER, List.of(List.of("1", "thiếu một ô"))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
