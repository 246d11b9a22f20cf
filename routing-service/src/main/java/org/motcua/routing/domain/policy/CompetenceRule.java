package org.motcua.routing.domain.policy;

/** Who may process a procedure's dossiers (from the catalog, carried in {@code DossierSubmitted}). */
public enum CompetenceRule {
    /** Any commune of the province: the dossier joins the province-wide pool. */
    ANY_COMMUNE,
    /** The applicant's commune of residence. */
    RESIDENCE_COMMUNE,
    /** The commune where the land (or the works) lies. */
    LAND_COMMUNE,
    /** A named provincial agency. */
    PROVINCIAL_AGENCY
}
