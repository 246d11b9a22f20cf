package org.motcua.routing.domain.policy;

import java.util.List;
import java.util.Objects;

/**
 * The units that may process a dossier, from its procedure's rule and its competence inputs. The receiving
 * unit never limits where a pooled dossier is processed; it stands in only when an input is missing (a
 * residence or land commune intake could not establish).
 *
 * @param pooled    whether every commune may process it ({@link #unitCodes} is then empty: all communes)
 * @param unitCodes the competent units otherwise (one commune, or the provincial agency's code)
 */
public record Competence(boolean pooled, List<String> unitCodes) {

    public Competence {
        unitCodes = List.copyOf(unitCodes);
    }

    /**
     * @param rule           the procedure's rule (null for events without it: the receiving unit)
     * @param receivingUnit  where the dossier was received
     * @param residenceUnit  the applicant's commune of residence, if known
     * @param landUnit       the commune where the land lies, if known
     * @param agencyCode     routing's code of the named provincial agency, if the rule names one
     */
    public static Competence of(CompetenceRule rule, String receivingUnit, String residenceUnit, String landUnit,
            String agencyCode) {
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        if (rule == null) {
            return new Competence(false, List.of(receivingUnit));
        }
        return switch (rule) {
            case ANY_COMMUNE -> new Competence(true, List.of());
            case RESIDENCE_COMMUNE -> new Competence(false, List.of(residenceUnit != null ? residenceUnit : receivingUnit));
            case LAND_COMMUNE -> new Competence(false, List.of(landUnit != null ? landUnit : receivingUnit));
            case PROVINCIAL_AGENCY -> new Competence(false, List.of(agencyCode != null ? agencyCode : receivingUnit));
        };
    }
}
