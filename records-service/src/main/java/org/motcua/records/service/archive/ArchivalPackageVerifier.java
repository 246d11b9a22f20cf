package org.motcua.records.service.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.Digests;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks an archival package the way an archive receiving it would: every file listed in
 * {@code checksums.sha256} is there with that checksum, nothing else is in the package, and the METS
 * manifest's files agree with it (path, size, SHA-256). Reads the zip from disk, one entry at a time, within bounds
 * ({@link Unpacking}): a zip bomb or a package of countless files is reported, not unpacked.
 */
@ApplicationScoped
public class ArchivalPackageVerifier {

    /** One thing that does not hold. */
    public record Problem(String path, String kind, String detail) {
    }

    /** The outcome. */
    public record Report(boolean valid, String objectId, String label, int files, List<Problem> problems) {
    }

    /** The most files a package may hold (a dossier's papers, results and metadata). */
    static final int MAX_FILES = 10_000;
    /** All of a package's files together, unpacked. */
    static final long MAX_UNPACKED_BYTES = 8L << 30;
    /** The checksum list and the manifest are text: a few megabytes at most. */
    static final long MAX_TEXT_BYTES = 16L << 20;

    public Report verify(Path zipFile) {
        List<Problem> problems = new ArrayList<>();
        Unpacking unpacking = new Unpacking(MAX_UNPACKED_BYTES);
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_FILES) {
                problems.add(new Problem("", "TOO_MANY_FILES", "gói có " + zip.size() + " tệp, quá " + MAX_FILES + " tệp"));
                return new Report(false, null, null, zip.size(), problems);
            }
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), entry);
                }
            }
            ZipEntry checksumsEntry = entries.get(ArchivalPackageWriter.CHECKSUMS);
            ZipEntry manifestEntry = entries.get(ArchivalPackageWriter.MANIFEST);
            if (checksumsEntry == null || manifestEntry == null) {
                problems.add(new Problem(checksumsEntry == null ? ArchivalPackageWriter.CHECKSUMS : ArchivalPackageWriter.MANIFEST,
                        "MISSING", "gói không có tệp bắt buộc này"));
                return new Report(false, null, null, entries.size(), problems);
            }
            Map<String, String> listed = checksums(unpacking.open(zip, checksumsEntry, MAX_TEXT_BYTES), problems);
            for (Map.Entry<String, String> file : listed.entrySet()) {
                ZipEntry entry = entries.get(file.getKey());
                if (entry == null) {
                    problems.add(new Problem(file.getKey(), "MISSING", "tệp có trong danh sách mã băm nhưng không có trong gói"));
                } else if (!file.getValue().equals(sha256(unpacking.open(zip, entry, MAX_UNPACKED_BYTES)))) {
                    problems.add(new Problem(file.getKey(), "CHECKSUM_MISMATCH", "mã băm SHA-256 không khớp: tệp đã bị thay đổi"));
                }
            }
            for (String path : entries.keySet()) {
                if (!listed.containsKey(path) && !path.equals(ArchivalPackageWriter.CHECKSUMS)
                        && !path.equals(ArchivalPackageWriter.MANIFEST)) {
                    problems.add(new Problem(path, "UNLISTED", "tệp không có trong danh sách mã băm"));
                }
            }
            Element mets = manifest(unpacking.open(zip, manifestEntry, MAX_TEXT_BYTES), problems);
            if (mets != null) {
                checkManifest(mets, entries, listed, problems);
            }
            return new Report(problems.isEmpty(), mets == null ? null : mets.getAttribute("OBJID"),
                    mets == null ? null : mets.getAttribute("LABEL"), entries.size(), problems);
        } catch (Unpacking.TooLarge e) {
            problems.add(new Problem(e.path(), "UNPACKS_TOO_LARGE", e.getMessage()));
            return new Report(false, null, null, 0, problems);
        } catch (ZipException e) {
            problems.add(new Problem("", "NOT_A_PACKAGE", "không phải tệp zip hợp lệ: " + e.getMessage()));
            return new Report(false, null, null, 0, problems);
        } catch (IOException e) {
            problems.add(new Problem("", "UNREADABLE", "không đọc được gói: " + e.getMessage()));
            return new Report(false, null, null, 0, problems);
        }
    }

    private static Map<String, String> checksums(InputStream entry, List<Problem> problems) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        String text;
        try (InputStream in = entry) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("  ", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                problems.add(new Problem(ArchivalPackageWriter.CHECKSUMS, "MALFORMED", "dòng không đúng định dạng: " + line));
            } else {
                listed.put(parts[1], parts[0]);
            }
        }
        return listed;
    }

    private static void checkManifest(Element mets, Map<String, ZipEntry> entries, Map<String, String> listed,
            List<Problem> problems) {
        NodeList files = mets.getElementsByTagNameNS(MetsManifest.METS, "file");
        Map<String, Boolean> described = new HashMap<>();
        for (int i = 0; i < files.getLength(); i++) {
            Element file = (Element) files.item(i);
            Element location = (Element) file.getElementsByTagNameNS(MetsManifest.METS, "FLocat").item(0);
            String path = location == null ? "" : location.getAttributeNS("http://www.w3.org/1999/xlink", "href");
            described.put(path, true);
            ZipEntry entry = entries.get(path);
            if (entry == null) {
                problems.add(new Problem(path, "MISSING", "tệp được kê trong manifest nhưng không có trong gói"));
            } else if (!file.getAttribute("CHECKSUM").equals(listed.get(path))
                    || !file.getAttribute("SIZE").equals(Long.toString(entry.getSize()))) {
                problems.add(new Problem(path, "MANIFEST_MISMATCH", "kích thước hoặc mã băm trong manifest không khớp với tệp"));
            }
        }
        for (String path : listed.keySet()) {
            if (!described.containsKey(path)) {
                problems.add(new Problem(path, "UNDESCRIBED", "tệp không được kê trong manifest"));
            }
        }
    }

    private static Element manifest(InputStream entry, List<Problem> problems) throws IOException {
        try (InputStream in = entry) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // no entities, no XXE
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            if (!"mets".equals(root.getLocalName()) || !MetsManifest.METS.equals(root.getNamespaceURI())) {
                problems.add(new Problem(ArchivalPackageWriter.MANIFEST, "MALFORMED", "manifest không phải tài liệu METS"));
                return null;
            }
            return root;
        } catch (ParserConfigurationException | SAXException e) {
            problems.add(new Problem(ArchivalPackageWriter.MANIFEST, "MALFORMED", "manifest không đọc được: " + e.getMessage()));
            return null;
        }
    }

    private static String sha256(InputStream entry) throws IOException {
        MessageDigest digest = Digests.sha256();
        try (InputStream in = new DigestInputStream(entry, digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
