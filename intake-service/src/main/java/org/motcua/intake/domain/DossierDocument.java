package org.motcua.intake.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Thành phần hồ sơ đã nhận: a paper the applicant handed in, or the data a national database gave in its
 * place (with the registry's reference and the time: provenance), or such a paper still pending.
 */
@Entity
@Table(name = "dossier_document")
public class DossierDocument {

    /** Who provided the paper. */
    public enum Source { APPLICANT, DATABASE }

    /** Where the paper stands. */
    public enum Status { RECEIVED, FETCHED, PENDING }

    @Id
    // A pooled sequence (not IDENTITY) lets Hibernate batch the inserts of one submission.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_document_seq")
    @SequenceGenerator(name = "dossier_document_seq", sequenceName = "dossier_document_seq", allocationSize = 50)
    private Long id;
    private int position;
    private String name;
    @Enumerated(EnumType.STRING)
    private Source source;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Registry registry;
    @Column(name = "registry_reference")
    private String registryReference;
    @JdbcTypeCode(SqlTypes.JSON)
    private String data;
    @Column(name = "page_count")
    private Integer pageCount;
    private String note;
    private Instant at;

    protected DossierDocument() {
    }

    /** A paper handed in at the desk, by post or online. */
    public static DossierDocument handedIn(int position, String name, Integer pageCount, Instant at) {
        DossierDocument d = new DossierDocument();
        d.position = position;
        d.name = name;
        d.source = Source.APPLICANT;
        d.status = Status.RECEIVED;
        d.pageCount = pageCount;
        d.at = at;
        return d;
    }

    /** Data fetched from a national database instead of the paper. */
    public static DossierDocument fetched(int position, String name, Registry registry, String reference,
            String dataJson, Instant at) {
        DossierDocument d = new DossierDocument();
        d.position = position;
        d.name = name;
        d.source = Source.DATABASE;
        d.status = Status.FETCHED;
        d.registry = registry;
        d.registryReference = reference;
        d.data = dataJson;
        d.at = at;
        return d;
    }

    /** A database paper the registry could not give: to be completed by a supplementation. */
    public static DossierDocument pending(int position, String name, Registry registry, String reason, Instant at) {
        DossierDocument d = new DossierDocument();
        d.position = position;
        d.name = name;
        d.source = Source.DATABASE;
        d.status = Status.PENDING;
        d.registry = registry;
        d.note = reason;
        d.at = at;
        return d;
    }

    /** The applicant supplied the pending paper. */
    void supplied(Instant now) {
        this.source = Source.APPLICANT;
        this.status = Status.RECEIVED;
        this.note = (note == null ? "" : note + "; ") + "người nộp bổ sung";
        this.at = now;
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public Source source() {
        return source;
    }

    public Status status() {
        return status;
    }

    public Registry registry() {
        return registry;
    }

    public String registryReference() {
        return registryReference;
    }

    public String data() {
        return data;
    }

    public Integer pageCount() {
        return pageCount;
    }

    public String note() {
        return note;
    }

    public Instant at() {
        return at;
    }
}
