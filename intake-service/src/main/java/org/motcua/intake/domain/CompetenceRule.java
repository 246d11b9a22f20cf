package org.motcua.intake.domain;

/**
 * Who may process a procedure's dossiers (cơ quan có thẩm quyền). The receiving unit never limits it:
 * a dossier may be submitted at any desk of the province.
 */
public enum CompetenceRule {
    /** Any commune of the province (pooled). */
    ANY_COMMUNE,
    /** The commune where the applicant resides. */
    RESIDENCE_COMMUNE,
    /** The commune where the land (or works) lies. */
    LAND_COMMUNE,
    /** A named provincial agency. */
    PROVINCIAL_AGENCY;

    /** The level of government that decides: commune or province. */
    public String level() {
        return this == PROVINCIAL_AGENCY ? "PROVINCE" : "COMMUNE";
    }
}
