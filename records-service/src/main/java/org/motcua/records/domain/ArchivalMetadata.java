package org.motcua.records.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The metadata of a digitized document, as the national digitization guidance names them (the JSON keys
 * of the API are these names). All are optional; {@code pageAmount} is taken from the file when not given.
 */
@Embeddable
public record ArchivalMetadata(
        @Column(name = "doc_code") String docCode,
        @Column(name = "type_name") String typeName,
        @Column(name = "code_number") String codeNumber,
        @Column(name = "code_notation") String codeNotation,
        @Column(name = "issued_date") LocalDate issuedDate,
        @Column(name = "organ_name") String organName,
        @Column(name = "subject") String subject,
        @Column(name = "language") String language,
        @Column(name = "page_amount") Integer pageAmount,
        @Column(name = "description") String description,
        @Column(name = "infor_sign") String inforSign,
        @Column(name = "keyword") String keyword,
        @Column(name = "mode") String mode,
        @Column(name = "confidence_level") String confidenceLevel,
        @Column(name = "format") String format) {

    /** The same metadata with the page count filled in from the file if it was not given. */
    public ArchivalMetadata withPagesIfMissing(int pages) {
        return pageAmount != null ? this : new ArchivalMetadata(docCode, typeName, codeNumber, codeNotation, issuedDate,
                organName, subject, language, pages, description, inforSign, keyword, mode, confidenceLevel, format);
    }
}
