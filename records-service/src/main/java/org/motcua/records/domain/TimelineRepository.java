package org.motcua.records.domain;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Timeline entries of dossiers. */
@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, Long> {

    /** A dossier's timeline in the order things happened. */
    public List<TimelineEntry> of(UUID dossierId) {
        return list("dossierId", Sort.by("occurredAt").and("id"), dossierId);
    }

    /** Adds the entry, unless the timeline has its event already. */
    public void add(TimelineEntry entry) {
        add(List.of(entry));
    }

    /**
     * Adds the entries whose event the timeline does not have yet (an event delivered twice, a second import of a
     * dossier, a later state of it), in one statement however many (an event's one, a migration chunk's thousands).
     * Their dossiers must be in the table already (a dossier persisted in this transaction: flushed).
     */
    public void add(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO timeline_entry (dossier_id, event_id, event_type, source, occurred_at, title, unit_code)
                    SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[])
                    ON CONFLICT (event_id) DO NOTHING""")) {
                insert.setArray(1, c.createArrayOf("uuid", entries.stream().map(TimelineEntry::dossierId).toArray()));
                insert.setArray(2, c.createArrayOf("text", entries.stream().map(TimelineEntry::eventId).toArray()));
                insert.setArray(3, c.createArrayOf("text", entries.stream().map(TimelineEntry::eventType).toArray()));
                insert.setArray(4, c.createArrayOf("text", entries.stream().map(TimelineEntry::source).toArray()));
                insert.setArray(5, c.createArrayOf("timestamptz", entries.stream()
                        .map(e -> OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC)).toArray()));
                insert.setArray(6, c.createArrayOf("text", entries.stream().map(TimelineEntry::title).toArray()));
                insert.setArray(7, c.createArrayOf("text", entries.stream().map(TimelineEntry::unitCode).toArray()));
                insert.executeUpdate();
            }
        });
    }
}
