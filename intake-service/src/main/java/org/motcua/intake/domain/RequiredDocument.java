package org.motcua.intake.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Thành phần hồ sơ: a paper a procedure requires. When national databases replace it ({@code replacedBy}),
 * intake fetches the data instead and never asks the applicant for the paper.
 */
@Embeddable
public class RequiredDocument {

    private String name;
    @Column(name = "replaced_by")
    private String replacedBy;
    @Column(name = "legal_basis")
    private String legalBasis;

    protected RequiredDocument() {
    }

    public RequiredDocument(String name, List<Registry> replacedBy, String legalBasis) {
        this.name = name;
        this.replacedBy = Registry.codes(replacedBy);
        this.legalBasis = legalBasis;
    }

    public String name() {
        return name;
    }

    /** The databases that replace the paper; empty when the applicant hands it in. */
    public List<Registry> replacedBy() {
        return Registry.parseCodes(replacedBy);
    }

    public boolean replacedByDatabase() {
        return replacedBy != null;
    }

    /** A paper required only in some cases ("văn bản ủy quyền nếu có"): its absence is no gap. */
    public boolean conditional() {
        String folded = org.motcua.platformkit.data.VietnameseText.fold(name);
        return folded.contains("neu co") || folded.startsWith("truong hop");
    }

    public String legalBasis() {
        return legalBasis;
    }
}
