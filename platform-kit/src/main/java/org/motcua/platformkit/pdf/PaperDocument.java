package org.motcua.platformkit.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A Vietnamese administrative paper (the forms of Circular 03/2025) as an A4 PDF: an embedded font with
 * every Vietnamese diacritic (DejaVu Sans), the QR code top-left, wrapped paragraphs, signature blocks.
 */
public final class PaperDocument implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float CELL_SIZE = 9;
    private static final float CELL_PAD = 3;

    private final PDDocument document = new PDDocument();
    private final PaperFonts.Pair fonts;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private boolean closed;
    private PDPageContentStream content;
    private float y;

    private PaperDocument(String title, String subject) {
        fonts = PaperFonts.borrow();
        try {
            regular = PDType0Font.load(document, fonts.regular(), true); // a subset of it is embedded
            bold = PDType0Font.load(document, fonts.bold(), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            info.setCreator("motcua");
            newPage();
        } catch (IOException e) {
            PaperFonts.giveBack(fonts);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            PaperFonts.giveBack(fonts);
            throw e;
        }
    }

    /** A new paper with the document's title and subject (PDF metadata). */
    public static PaperDocument a4(String title, String subject) {
        return new PaperDocument(title, subject);
    }

    /** A procedure as papers name it in a sentence: "thủ tục đăng ký khai sinh" for "Thủ tục đăng ký khai sinh". */
    public static String aboutProcedure(String name) {
        String rest = name.regionMatches(true, 0, "Thủ tục ", 0, 8) ? name.substring(8) : name;
        return "thủ tục " + Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /**
     * The heading: the QR code top-left (ISO/IEC 18004), the issuing body beside it, the national motto right.
     */
    public PaperDocument heading(String qrContent, String issuer, String subIssuer) {
        float size = 78;
        drawQr(qrContent, MARGIN, y - size, size);
        float textX = MARGIN + size + 10;
        write(issuer.toUpperCase(new java.util.Locale("vi")), textX, y - 12, 9, regular);
        write(subIssuer.toUpperCase(new java.util.Locale("vi")), textX, y - 25, 9, bold);
        centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", WIDTH - MARGIN - 130, y - 12, 9, bold);
        centered("Độc lập - Tự do - Hạnh phúc", WIDTH - MARGIN - 130, y - 25, 9.5f, bold);
        y -= size + 14;
        return this;
    }

    public PaperDocument title(String text) {
        gap(6);
        centered(text, WIDTH / 2, y - 14, 13, bold);
        y -= 22;
        return this;
    }

    public PaperDocument centeredLine(String text) {
        centered(text, WIDTH / 2, y - 11, 10.5f, regular);
        y -= 16;
        return this;
    }

    public PaperDocument paragraph(String text) {
        return lines(text, regular, 10.5f, MARGIN);
    }

    public PaperDocument boldParagraph(String text) {
        return lines(text, bold, 10.5f, MARGIN);
    }

    /** An item of a list, indented. */
    public PaperDocument item(String text) {
        return lines("– " + text, regular, 10.5f, MARGIN + 16);
    }

    public PaperDocument gap(float points) {
        y -= points;
        return this;
    }

    /**
     * A ruled table across the text width: the header row in bold (repeated at the top of each new page),
     * each cell's text wrapped within its column (a line break in a cell starts a new line).
     *
     * @param weights the columns' relative widths
     * @param header  the columns' titles
     * @param rows    the cells, one list per row, as many as there are columns
     */
    public PaperDocument table(float[] weights, List<String> header, List<List<String>> rows) {
        if (header.size() != weights.length || rows.stream().anyMatch(r -> r.size() != weights.length)) {
            throw new IllegalArgumentException("every row of a table has one cell per column");
        }
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = (WIDTH - 2 * MARGIN) * weights[i] / total;
        }
        float headerHeight = cellHeight(widths, header, bold);
        ensure(headerHeight + CELL_SIZE * 3);
        tableRow(widths, header, bold, headerHeight);
        for (List<String> row : rows) {
            float height = cellHeight(widths, row, regular);
            if (y - height < MARGIN) {
                newPage();
                tableRow(widths, header, bold, headerHeight);
            }
            tableRow(widths, row, regular, height);
        }
        y -= 6;
        return this;
    }

    private void tableRow(float[] widths, List<String> cells, PDType0Font font, float height) {
        try {
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                content.addRect(x, y - height, widths[i], height);
                float baseline = y - CELL_PAD - CELL_SIZE;
                for (String line : wrap(cells.get(i) == null ? "" : cells.get(i), font, CELL_SIZE, widths[i] - 2 * CELL_PAD)) {
                    write(line, x + CELL_PAD, baseline, CELL_SIZE, font);
                    baseline -= CELL_SIZE + 3;
                }
                x += widths[i];
            }
            content.setLineWidth(0.5f);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    private float cellHeight(float[] widths, List<String> cells, PDType0Font font) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, wrap(cells.get(i) == null ? "" : cells.get(i), font, CELL_SIZE,
                    widths[i] - 2 * CELL_PAD).size());
        }
        return lines * (CELL_SIZE + 3) + 2 * CELL_PAD;
    }

    /** Two signature blocks side by side: titles in bold, the names below the space for signing. */
    public PaperDocument signatures(String leftTitle, String leftName, String rightTitle, String rightName) {
        ensure(110);
        signatureBlock(MARGIN + 110, leftTitle, "(Ký, ghi rõ họ tên)", leftName);
        signatureBlock(WIDTH - MARGIN - 110, rightTitle, "(Ký, ghi rõ họ tên)", rightName);
        y -= 100;
        return this;
    }

    /** One signature block on the right, as a head of unit signs a letter: title, hint, space, name. */
    public PaperDocument signature(String title, String hint, String name) {
        ensure(110);
        signatureBlock(WIDTH - MARGIN - 110, title, hint, name);
        y -= 100;
        return this;
    }

    private void signatureBlock(float centreX, String title, String hint, String name) {
        centered(title, centreX, y - 12, 10.5f, bold);
        centered(hint, centreX, y - 26, 9, regular);
        centered(name == null ? "" : name, centreX, y - 90, 10.5f, regular);
    }

    /** The PDF. */
    public byte[] toBytes() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return; // its fonts are back already, maybe in another paper
        }
        closed = true;
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PaperFonts.giveBack(fonts);
    }

    private PaperDocument lines(String text, PDType0Font font, float size, float x) {
        for (String line : wrap(text, font, size, WIDTH - MARGIN - x)) {
            ensure(size + 6);
            write(line, x, y - size, size, font);
            y -= size + 5;
        }
        return this;
    }

    private List<String> wrap(String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : breakLong(paragraph.split(" "), font, size, width)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Words wider than the line (an e-mail address in a narrow cell) cut where the line ends. */
    private static List<String> breakLong(String[] words, PDType0Font font, float size, float width) {
        List<String> pieces = new ArrayList<>();
        for (String word : words) {
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            pieces.add(rest);
        }
        return pieces;
    }

    private void centered(String text, float centreX, float baseline, float size, PDType0Font font) {
        write(text, centreX - width(text, font, size) / 2, baseline, size, font);
    }

    private void write(String text, float x, float baseline, float size, PDType0Font font) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawQr(String text, float x, float yBottom, float size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 0));
            float module = size / matrix.getWidth();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        content.addRect(x + col * module, yBottom + size - (row + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = HEIGHT - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
