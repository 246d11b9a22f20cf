package org.motcua.records;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Files as a desk's scanner would produce them, made in memory for the tests. */
final class SampleFiles {

    private SampleFiles() {
    }

    /** A PDF of the given pages; with {@code pdfaPart}, XMP metadata claiming PDF/A of that part and level B. */
    static byte[] pdf(int pages, Integer pdfaPart) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            if (pdfaPart != null) {
                String xmp = """
                        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                        <x:xmpmeta xmlns:x="adobe:ns:meta/">
                          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                              <pdfaid:part>%d</pdfaid:part>
                              <pdfaid:conformance>B</pdfaid:conformance>
                            </rdf:Description>
                          </rdf:RDF>
                        </x:xmpmeta>
                        <?xpacket end="w"?>""".formatted(pdfaPart);
                PDMetadata metadata = new PDMetadata(document);
                metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
                document.getDocumentCatalog().setMetadata(metadata);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a PDF may hide besides its pages. */
    enum Active { OPEN_ACTION_SCRIPT, LINK_SCRIPT, ATTACHED_FILE, LAUNCH }

    /** A one-page PDF that also holds the active content. */
    static byte[] pdfWith(Active active) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            switch (active) {
                case OPEN_ACTION_SCRIPT -> document.getDocumentCatalog()
                        .setOpenAction(new PDActionJavaScript("app.alert('xin chào')"));
                case LINK_SCRIPT -> {
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(10, 10, 100, 20));
                    link.setAction(new PDActionJavaScript("this.submitForm('http://x')"));
                    page.getAnnotations().add(link);
                }
                case ATTACHED_FILE -> {
                    PDEmbeddedFile file = new PDEmbeddedFile(document,
                            new java.io.ByteArrayInputStream("MZ...".getBytes(StandardCharsets.US_ASCII)));
                    PDComplexFileSpecification spec = new PDComplexFileSpecification();
                    spec.setFile("setup.exe");
                    spec.setEmbeddedFile(file);
                    PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
                    files.setNames(java.util.Map.of("setup.exe", spec));
                    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                    names.setEmbeddedFiles(files);
                    document.getDocumentCatalog().setNames(names);
                }
                case LAUNCH -> {
                    PDActionLaunch launch = new PDActionLaunch();
                    launch.setFile(new PDComplexFileSpecification());
                    document.getDocumentCatalog().setOpenAction(launch);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(Color color) {
        return image("png", color);
    }

    static byte[] jpeg() {
        return image("jpeg", Color.GRAY);
    }

    /** A multi-page TIFF, one image per page. */
    static byte[] tiff(int pages) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < pages; i++) {
                writer.writeToSequence(new IIOImage(scan(Color.WHITE), null, null), null);
            }
            writer.endWriteSequence();
            writer.dispose();
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] cut(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    private static byte[] image(String format, Color color) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(scan(color), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage scan(Color color) {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 120, 160);
        g.setColor(Color.BLACK);
        g.drawLine(10, 20, 110, 20); // a line of "text"
        g.dispose();
        return image;
    }
}
