package org.motcua.intake.domain;

import java.math.BigDecimal;
import java.util.List;

import org.motcua.platformkit.data.Digests;
import org.motcua.platformkit.deadline.LegalTime;

/**
 * The content of one version of a catalog entry, as the seed data or a province-admin defines it.
 * {@code legalTime} is null while the catalog does not know it (the procedure cannot be received then).
 */
public record ProcedureDefinition(String name, String field, String competentAuthority, CompetenceRule competenceRule,
        String competentAgency, LegalTime legalTime, Integer remoteLegalTimeAmount, String legalTimeText, String feeText,
        BigDecimal effortHours, String verificationNote, boolean localCode, List<Document> documents) {

    /** One required paper of the definition. */
    public record Document(String name, List<Registry> replacedBy, String legalBasis) {
    }

    /** A stable digest of the content: a seed row that did not change makes no new version. */
    public String contentHash() {
        return Digests.sha256Hex(toString());
    }
}
