package org.motcua.records.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One step in a dossier's life, from one event of one service. Never changed once written: entries are added through
 * {@link TimelineRepository#add}, the one way into the table (events and migrated dossiers alike).
 */
@Entity
@Immutable
@Table(name = "timeline_entry")
public class TimelineEntry {

    /** The longest title the timeline keeps; a longer one is cut. */
    static final int MAX_TITLE = 500;

    @Id
    private Long id;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "event_type")
    private String eventType;
    private String source;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String title;
    @Column(name = "unit_code")
    private String unitCode;

    protected TimelineEntry() {
    }

    public TimelineEntry(UUID dossierId, String eventId, String eventType, String source, Instant occurredAt,
            String title, String unitCode) {
        this.dossierId = dossierId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.source = source;
        this.occurredAt = occurredAt;
        this.title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
        this.unitCode = unitCode;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String source() {
        return source;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String title() {
        return title;
    }

    public String unitCode() {
        return unitCode;
    }
}
