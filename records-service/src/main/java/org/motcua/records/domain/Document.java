package org.motcua.records.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A digitized document (tài liệu số hóa): its content, the dossier it belongs to, who uploaded it, its metadata. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "sha256")
    private DocumentContent content;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "declared_type")
    private String declaredType;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Embedded
    private ArchivalMetadata metadata;
    @Column(name = "search_text")
    private String searchText;

    protected Document() {
    }

    @SuppressWarnings("java:S107")
    public Document(DocumentContent content, UUID dossierId, String unitCode, String fileName, String declaredType,
            String uploadedBy, Instant uploadedAt, ArchivalMetadata metadata) {
        this.id = UUID.randomUUID();
        this.content = content;
        this.dossierId = dossierId;
        this.unitCode = unitCode;
        this.fileName = fileName;
        this.declaredType = declaredType;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.metadata = metadata.withPagesIfMissing(content.pageCount());
        this.searchText = SearchText.of(fileName, metadata.docCode(), metadata.typeName(), metadata.codeNumber(),
                metadata.codeNotation(), metadata.organName(), metadata.subject(), metadata.keyword(), metadata.description());
    }

    public UUID id() {
        return id;
    }

    public DocumentContent content() {
        return content;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String fileName() {
        return fileName;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public ArchivalMetadata metadata() {
        return metadata;
    }
}
