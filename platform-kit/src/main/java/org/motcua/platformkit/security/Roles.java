package org.motcua.platformkit.security;

/** The roles of the platform (ARCHITECTURE, Security), as they appear in the token's {@code groups} claim. */
public final class Roles {

    /** One-stop desk staff: receive dossiers and return results at their unit. */
    public static final String CLERK = "clerk";
    /** Processing officer of a unit. */
    public static final String OFFICER = "officer";
    /** Unit leader who signs decisions. */
    public static final String LEADER = "leader";
    /** Provincial administrator: catalog, staffing, reinforcement; sees the whole province. */
    public static final String PROVINCE_ADMIN = "province-admin";
    /** Inspector with read access to the whole province and the audit log. */
    public static final String AUDITOR = "auditor";
    /** An integrating system (the national portal, the postal service). */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
