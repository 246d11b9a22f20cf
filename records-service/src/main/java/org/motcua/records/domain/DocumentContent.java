package org.motcua.records.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A distinct content kept in the document store, under its SHA-256, with what its bytes are. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    private String sha256;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Enumerated(EnumType.STRING)
    private DocumentFormat format;
    @Column(name = "pdfa_part")
    private Integer pdfaPart;
    @Column(name = "pdfa_level")
    private String pdfaLevel;
    @Column(name = "page_count")
    private int pageCount;
    @Column(name = "stored_at")
    private Instant storedAt;

    protected DocumentContent() {
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public DocumentFormat format() {
        return format;
    }

    public Integer pdfaPart() {
        return pdfaPart;
    }

    public String pdfaLevel() {
        return pdfaLevel;
    }

    public int pageCount() {
        return pageCount;
    }
}
