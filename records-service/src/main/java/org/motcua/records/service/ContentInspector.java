package org.motcua.records.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.motcua.records.domain.DocumentFormat;
import org.motcua.records.domain.DocumentRefusedException;

/**
 * What a file really is, from its bytes: format, PDF/A part and conformance level (from the XMP metadata),
 * page count; and whether it is whole (a PDF ends with {@code %%EOF}, a PNG with its IEND chunk, a JPEG
 * with its end-of-image marker, a TIFF's directories lie inside the file); and, for a PDF, that it holds no
 * active content ({@link ActiveContent}). Reads from disk, never the whole file into memory.
 */
@ApplicationScoped
public class ContentInspector {

    private static final Pattern PDFA_PART = Pattern.compile("pdfaid:part(?:>|\\s*=\\s*[\"'])\\s*(\\d)");
    private static final Pattern PDFA_LEVEL = Pattern.compile("pdfaid:conformance(?:>|\\s*=\\s*[\"'])\\s*([A-Za-z])");
    private static final int TAIL = 2048;

    /** What inspection found. */
    public record Inspection(DocumentFormat format, Integer pdfaPart, String pdfaLevel, int pageCount) {
    }

    public Inspection inspect(Path file, String declaredType) throws IOException {
        DocumentFormat declared = DocumentFormat.declaredAs(declaredType)
                .orElseThrow(() -> DocumentRefusedException.unsupported(declaredType));
        DocumentFormat actual = DocumentFormat.sniff(head(file)).orElse(null);
        if (actual != declared) {
            throw DocumentRefusedException.mismatch(declared.mediaType(), actual);
        }
        return switch (actual) {
            case PDF -> pdf(file);
            case PNG -> endsWith(file, new byte[] { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82 },
                    "thiếu phần kết thúc (IEND)", DocumentFormat.PNG);
            case JPEG -> endsWith(file, new byte[] { (byte) 0xFF, (byte) 0xD9 }, "thiếu dấu kết thúc ảnh (EOI)", DocumentFormat.JPEG);
            case TIFF -> new Inspection(DocumentFormat.TIFF, null, null, tiffPages(file));
        };
    }

    private static Inspection pdf(Path file) throws IOException {
        if (!new String(tail(file), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw DocumentRefusedException.damaged(DocumentFormat.PDF, "thiếu dấu kết thúc %%EOF (tệp bị cắt cụt)");
        }
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw DocumentRefusedException.damaged(DocumentFormat.PDF, "không có trang nào");
            }
            ActiveContent.in(document).ifPresent(what -> {
                throw DocumentRefusedException.activeContent(what);
            });
            Integer part = null;
            String level = null;
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                try (InputStream xmp = metadata.exportXMPMetadata()) {
                    String text = new String(xmp.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher partFound = PDFA_PART.matcher(text);
                    Matcher levelFound = PDFA_LEVEL.matcher(text);
                    if (partFound.find()) {
                        part = Integer.valueOf(partFound.group(1));
                        level = levelFound.find() ? levelFound.group(1).toUpperCase(java.util.Locale.ROOT) : null;
                    }
                }
            }
            return new Inspection(DocumentFormat.PDF, part, level, pages);
        } catch (DocumentRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw DocumentRefusedException.damaged(DocumentFormat.PDF, "không đọc được (" + e.getMessage() + ")");
        }
    }

    private static Inspection endsWith(Path file, byte[] end, String why, DocumentFormat format) throws IOException {
        byte[] tail = tail(file);
        if (tail.length < end.length || !java.util.Arrays.equals(tail, tail.length - end.length, tail.length, end, 0, end.length)) {
            throw DocumentRefusedException.damaged(format, why);
        }
        return new Inspection(format, null, null, 1);
    }

    /** Counts the image file directories (one per page), each of which must lie inside the file. */
    private static int tiffPages(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer header = read(channel, 0, 8);
            ByteOrder order = header.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            long offset = header.order(order).getInt(4) & 0xFFFFFFFFL;
            Set<Long> seen = new HashSet<>();
            int pages = 0;
            while (offset != 0) {
                if (offset + 2 > size || !seen.add(offset)) {
                    throw DocumentRefusedException.damaged(DocumentFormat.TIFF, "thư mục ảnh nằm ngoài tệp (tệp bị cắt cụt)");
                }
                int entries = read(channel, offset, 2).order(order).getShort(0) & 0xFFFF;
                long next = offset + 2 + 12L * entries;
                if (next + 4 > size) {
                    throw DocumentRefusedException.damaged(DocumentFormat.TIFF, "thư mục ảnh bị cắt cụt");
                }
                pages++;
                offset = read(channel, next, 4).order(order).getInt(0) & 0xFFFFFFFFL;
            }
            if (pages == 0) {
                throw DocumentRefusedException.damaged(DocumentFormat.TIFF, "không có trang nào");
            }
            return pages;
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw DocumentRefusedException.damaged(DocumentFormat.TIFF, "tệp kết thúc giữa chừng");
            }
        }
        return buffer;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static byte[] tail(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(size, TAIL);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, size - length + buffer.position()) >= 0) {
                // reads the last bytes
            }
            return buffer.array();
        }
    }
}
