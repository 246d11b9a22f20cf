package org.motcua.records.service.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.Digests;
import org.motcua.records.domain.ArchivedDossier;
import org.motcua.records.domain.Document;
import org.motcua.records.domain.Paper;
import org.motcua.records.domain.TimelineEntry;
import org.motcua.records.service.ArchiveQueryService;
import org.motcua.records.service.DocumentService;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a dossier as an archival package (a METS-like information package, after Circular 05/2025/TT-BNV):
 * a zip with {@code metadata/} (the dossier's record, timeline and each document's metadata as JSON),
 * {@code documents/} (the documents' bytes), {@code checksums.sha256} (every other file, {@code sha256sum}
 * format) and {@code manifest.xml} (METS: header, the dossier's descriptive metadata, the file section with
 * sizes and SHA-256 checksums, the structure). Streamed: documents are copied from the store, never held in
 * memory, and each is checked against its content address on the way.
 */
@ApplicationScoped
public class ArchivalPackageWriter {

    static final String MANIFEST = "manifest.xml";
    static final String CHECKSUMS = "checksums.sha256";

    private final DocumentService documents;
    private final ObjectMapper json;
    private final Clock clock;

    ArchivalPackageWriter(DocumentService documents, ObjectMapper json, Clock clock) {
        this.documents = documents;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
    }

    /** One file of the package, as the manifest lists it. */
    record PackedFile(String id, String path, String mimeType, long size, String sha256, String use) {
    }

    public void write(ArchiveQueryService.DossierRecord record, List<TimelineEntry> timeline, OutputStream out)
            throws IOException {
        ArchivedDossier dossier = record.dossier();
        List<PackedFile> files = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            files.add(putJson(zip, "DMD-DOSSIER", "metadata/dossier.json", dossierJson(dossier, record.papers())));
            files.add(putJson(zip, "MD-TIMELINE", "metadata/timeline.json", timeline.stream().map(ArchivalPackageWriter::entryJson).toList()));
            for (Document d : record.documents()) {
                files.add(putJson(zip, "MD-" + d.id(), "metadata/documents/" + d.id() + ".json", documentJson(d)));
                files.add(putDocument(zip, d));
            }
            StringBuilder checksums = new StringBuilder();
            files.forEach(f -> checksums.append(f.sha256()).append("  ").append(f.path()).append('\n'));
            put(zip, CHECKSUMS, checksums.toString().getBytes(StandardCharsets.UTF_8));
            put(zip, MANIFEST, MetsManifest.of(dossier, files, clock.instant()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private PackedFile putJson(ZipOutputStream zip, String id, String path, Object value) throws IOException {
        byte[] bytes = json.writeValueAsBytes(value);
        put(zip, path, bytes);
        return new PackedFile(id, path, "application/json", bytes.length, Digests.sha256Hex(bytes), "metadata");
    }

    private PackedFile putDocument(ZipOutputStream zip, Document d) throws IOException {
        String path = "documents/" + d.id() + "/" + safeName(d.fileName());
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = Digests.sha256();
        try (InputStream in = documents.content(d, 0, d.content().sizeBytes())) {
            DigestOutputStream tee = new DigestOutputStream(zip, digest) {
                @Override
                public void close() {
                    // the zip stays open: only this entry ends
                }
            };
            in.transferTo(tee);
            tee.flush();
        }
        zip.closeEntry();
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(d.content().sha256())) {
            throw new IOException("document " + d.id() + " no longer matches its content address: the store is damaged");
        }
        return new PackedFile("FILE-" + d.id(), path, d.content().format().mediaType(), d.content().sizeBytes(), actual,
                "documents");
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static Map<String, Object> dossierJson(ArchivedDossier d, List<Paper> papers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("code", d.code());
        m.put("procedureCode", d.procedureCode());
        m.put("procedureName", d.procedureName());
        m.put("field", d.field());
        m.put("applicantFullName", d.applicantFullName());
        m.put("applicantReference", d.applicantReference());
        m.put("receivingUnitCode", d.receivingUnitCode());
        m.put("processingUnitCode", d.processingUnitCode());
        m.put("channel", d.channel());
        m.put("status", d.status());
        m.put("submittedAt", d.submittedAt());
        m.put("decision", d.decision());
        m.put("decisionReasons", d.decisionReasons());
        m.put("resultReference", d.resultReference());
        m.put("decidedAt", d.decidedAt());
        m.put("resultReturnedAt", d.resultReturnedAt());
        m.put("closedAt", d.closedAt());
        m.put("papers", papers);
        return m;
    }

    private static Map<String, Object> entryJson(TimelineEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.occurredAt());
        m.put("eventType", e.eventType());
        m.put("source", e.source());
        m.put("title", e.title());
        m.put("unitCode", e.unitCode());
        m.put("eventId", e.eventId());
        return m;
    }

    private static Map<String, Object> documentJson(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("fileName", d.fileName());
        m.put("sha256", d.content().sha256());
        m.put("sizeBytes", d.content().sizeBytes());
        m.put("detectedFormat", d.content().format().name());
        m.put("pdfaPart", d.content().pdfaPart());
        m.put("pdfaLevel", d.content().pdfaLevel());
        m.put("pageCount", d.content().pageCount());
        m.put("uploadedBy", d.uploadedBy());
        m.put("uploadedAt", d.uploadedAt());
        m.put("metadata", d.metadata());
        return m;
    }

    /** A file name that is safe as the last part of a zip path (no directories, no control characters). */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
        return cleaned.isBlank() ? "tai-lieu" : cleaned;
    }
}
