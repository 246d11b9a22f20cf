package org.motcua.records.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * How long dossiers of a procedure, or of a field, are kept after they close: a number of years, or
 * permanently (civil status). A procedure's rule wins over its field's; without either, the default applies.
 */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {

    /** What a rule is about. */
    public enum Scope { PROCEDURE, FIELD }

    /** The rule's key: a procedure code, or a field's name. */
    @Embeddable
    public record Key(@Enumerated(EnumType.STRING) Scope scope, @Column(name = "key") String key) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    private Integer years;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RetentionRule() {
    }

    public RetentionRule(Key id, Integer years, String legalBasis, String updatedBy, Instant updatedAt) {
        this.id = id;
        change(years, legalBasis, updatedBy, updatedAt);
    }

    public final void change(Integer years, String legalBasis, String updatedBy, Instant updatedAt) {
        if (years != null && years < 1) {
            throw new IllegalArgumentException("retention years must be positive or absent (permanent)");
        }
        this.years = years;
        this.legalBasis = legalBasis;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public Key id() {
        return id;
    }

    /** Years kept after closure; null: permanently. */
    public Integer years() {
        return years;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
