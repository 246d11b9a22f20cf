package org.motcua.intake.service.registry;

import java.time.Instant;

/**
 * The outcome of asking a registry for one record: found (with the registry's reference and the data as
 * JSON), no record, or the registry could not answer.
 */
public record RegistryLookup(Outcome outcome, String reference, String dataJson, Instant at, String reason) {

    /** How a look-up ended. */
    public enum Outcome { FOUND, NOT_FOUND, UNAVAILABLE }

    public boolean found() {
        return outcome == Outcome.FOUND;
    }
}
