package org.motcua.records.domain;

import java.time.Instant;

/**
 * A paper of a dossier as intake received it: handed in by the applicant, or fetched from a national
 * database (with the registry's reference and the time: the provenance of once-only data), or still pending.
 */
public record Paper(int position, String name, String source, String status, String registry, String registryReference,
        Integer pageCount, Instant at) {
}
