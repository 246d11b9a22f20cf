package org.motcua.platformkit.security;

/**
 * What a service holds about one person (the data subject of Law 91/2025/QH15), found by the keyed hash of their
 * citizen ID: the service's part of the province's answer to "what do you hold about me" ({@link SubjectExportResource}).
 * A service that keeps applicants' personal data declares one bean of this type; it audits the reads it makes.
 */
public interface SubjectExport {

    /** The person's records in this service (their dossiers, messages...), in clear, as the answer shows them. */
    Object holdingsOf(String applicantReference);
}
