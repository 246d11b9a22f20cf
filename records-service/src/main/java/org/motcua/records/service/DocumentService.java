package org.motcua.records.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.data.Digests;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.records.config.DocumentsConfig;
import org.motcua.records.domain.ArchivalMetadata;
import org.motcua.records.domain.Document;
import org.motcua.records.domain.DocumentRefusedException;
import org.motcua.records.domain.DocumentRepository;
import org.motcua.records.service.audit.AuditLog;
import org.motcua.records.service.storage.DocumentStore;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps uploaded documents: checks the bytes (size, real format, whole), stores the content under its
 * SHA-256 (once, however often it is uploaded), then records the document and its metadata. The bytes are
 * streamed from the upload's file, never held in memory. A refused upload leaves nothing behind; content
 * stored just before a failed database write is kept unreferenced (it is addressed by its digest, so a
 * later upload of it reuses it).
 */
@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;
    private final DocumentStore store;
    private final ContentInspector inspector;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;
    private final int maxPages;

    @SuppressWarnings("java:S107")
    DocumentService(DocumentRepository documents, DocumentStore store, ContentInspector inspector, AuditLog audit, Clock clock,
            DocumentsConfig config) {
        this.documents = documents;
        this.store = store;
        this.inspector = inspector;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = config.maxBytes();
        this.maxPages = config.maxPages();
    }

    /** An uploaded file (on disk) and what the uploader says of it. */
    public record Upload(Path file, String fileName, String declaredType, UUID dossierId, String unitCode,
            String uploadedBy, ArchivalMetadata metadata) {
    }

    /** The document kept, and whether its content was already in the store. */
    public record Kept(Document document, boolean contentKeptBefore) {
    }

    public Kept upload(Upload upload) {
        try {
            long size = Files.size(upload.file());
            if (size == 0) {
                throw DocumentRefusedException.empty();
            }
            if (size > maxBytes) {
                throw DocumentRefusedException.tooLarge(maxBytes);
            }
            ContentInspector.Inspection inspection = inspector.inspect(upload.file(), upload.declaredType());
            if (inspection.pageCount() > maxPages) {
                throw DocumentRefusedException.tooManyPages(inspection.pageCount(), maxPages);
            }
            String sha256 = Digests.sha256Hex(upload.file());
            store.put(sha256, upload.file());
            return QuarkusTransaction.requiringNew().call(() -> {
                DocumentRepository.Kept content = documents.keepContent(sha256, size, inspection.format(),
                        inspection.pdfaPart(), inspection.pdfaLevel(), inspection.pageCount(), clock.instant());
                Document kept = new Document(content.content(), upload.dossierId(), upload.unitCode(), upload.fileName(),
                        upload.declaredType(), upload.uploadedBy(), clock.instant(), upload.metadata());
                documents.persist(kept);
                audit.append(upload.uploadedBy(), AuditLog.Action.DOCUMENT_STORED, "document", kept.id().toString(),
                        sha256 + " " + upload.fileName() + (upload.dossierId() == null ? "" : " dossier " + upload.dossierId()));
                return new Kept(kept, content.before());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be kept", e);
        }
    }

    @Transactional
    public Document document(UUID id) {
        return documents.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Tài liệu", id));
    }

    /** The document's content as a local file, if the store keeps one (see {@link DocumentStore#localFile}). */
    public java.util.Optional<java.nio.file.Path> localFile(Document document) {
        return store.localFile(document.content().sha256());
    }

    /** {@code length} bytes of the document's content from {@code offset}. */
    public InputStream content(Document document, long offset, long length) {
        try {
            return store.open(document.content().sha256(), offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("the content of document " + document.id() + " cannot be read", e);
        }
    }
}
