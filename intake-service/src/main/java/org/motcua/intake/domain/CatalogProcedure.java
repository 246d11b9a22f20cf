package org.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Thủ tục hành chính: a catalog entry, pointing at its current version. */
@Entity
@Table(name = "procedure")
public class CatalogProcedure {

    @Id
    private String code;
    @Column(name = "current_version")
    private int currentVersion;

    protected CatalogProcedure() {
    }

    public CatalogProcedure(String code) {
        this.code = code;
        this.currentVersion = 0;
    }

    /** The next version number, which becomes the current one. */
    public int advance() {
        currentVersion++;
        return currentVersion;
    }

    public String code() {
        return code;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
