package org.motcua.records.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.records.domain.Document;
import org.motcua.records.domain.DocumentContent;

/** A kept document: what its bytes are, and its metadata. */
@Schema(name = "Document", description = "Tài liệu số hóa")
public record DocumentView(
        UUID id,
        UUID dossierId,
        String unitCode,
        String fileName,
        @Schema(description = "Mã băm SHA-256 của nội dung (nội dung trùng chỉ lưu một lần)") String sha256,
        long sizeBytes,
        @Schema(description = "Định dạng xác định từ nội dung tệp: PDF, PNG, TIFF, JPEG") String detectedFormat,
        @Schema(description = "PDF/A: phần và mức tuân thủ (từ siêu dữ liệu XMP), ví dụ 2b") String pdfA,
        int pageCount,
        @Schema(description = "Nội dung này đã được lưu từ trước (không lưu lại lần nữa)") Boolean contentKeptBefore,
        String uploadedBy,
        Instant uploadedAt,
        ArchivalMetadataView metadata) {

    static DocumentView of(Document d, Boolean contentKeptBefore) {
        DocumentContent c = d.content();
        String pdfA = c.pdfaPart() == null ? null : c.pdfaPart() + (c.pdfaLevel() == null ? "" : c.pdfaLevel().toLowerCase(java.util.Locale.ROOT));
        return new DocumentView(d.id(), d.dossierId(), d.unitCode(), d.fileName(), c.sha256(), c.sizeBytes(),
                c.format().name(), pdfA, c.pageCount(), contentKeptBefore, d.uploadedBy(), d.uploadedAt(),
                ArchivalMetadataView.of(d.metadata()));
    }
}
