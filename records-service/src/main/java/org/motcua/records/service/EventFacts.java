package org.motcua.records.service;

import java.time.Instant;

/** The envelope of the event a timeline entry comes from. */
public record EventFacts(String eventId, String type, String source, Instant occurredAt) {
}
