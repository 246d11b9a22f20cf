package org.motcua.notification.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.motcua.notification.service.delivery.ApologyLetters;
import org.motcua.notification.service.template.TemplateKind;
import org.motcua.platformkit.pdf.ApologyLetter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Messages for an applicant not known yet (routing's event overtook intake's): kept with their values until
 * intake's event names the applicant, then written in the order they came.
 */
@ApplicationScoped
public class HeldMessages {

    /** A message waiting for its applicant, with the apology letter its mail carries (or null). */
    public record Held(String eventId, String eventType, TemplateKind kind, Map<String, String> values,
            ApologyLetter apologyLetter) {
    }

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ApologyLetters apologyLetters;

    HeldMessages(EntityManager entityManager, ObjectMapper json, ApologyLetters apologyLetters) {
        this.entityManager = entityManager;
        this.json = json;
        this.apologyLetters = apologyLetters;
    }

    public void hold(UUID dossierId, Held held, Instant now) {
        try {
            entityManager.createNativeQuery("""
                    INSERT INTO held_message (event_id, dossier_id, event_type, kind, vars, apology_letter, created_at)
                    VALUES (:event, :dossier, :type, :kind, :vars, :letter, :at)
                    ON CONFLICT (event_id) DO NOTHING""")
                    .setParameter("event", held.eventId()).setParameter("dossier", dossierId)
                    .setParameter("type", held.eventType()).setParameter("kind", held.kind().name())
                    .setParameter("vars", json.writeValueAsString(held.values()))
                    .setParameter("letter", new TypedParameterValue<>(StandardBasicTypes.STRING,
                            apologyLetters.stored(held.apologyLetter())))
                    .setParameter("at", Timestamp.from(now)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message values not writable", e);
        }
    }

    /** The dossier's held messages, oldest first, removed (the caller writes them in the same transaction). */
    public List<Held> release(UUID dossierId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                WITH gone AS (DELETE FROM held_message WHERE dossier_id = :dossier
                              RETURNING event_id, event_type, kind, vars, apology_letter, created_at)
                SELECT event_id, event_type, kind, vars, apology_letter FROM gone
                ORDER BY created_at, event_id""")
                .setParameter("dossier", dossierId).getResultList();
        return rows.stream().map(row -> {
                    try {
                        return new Held((String) row[0], (String) row[1], TemplateKind.valueOf((String) row[2]),
                                json.readValue((String) row[3], VALUES), apologyLetters.read((String) row[4]));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("held message unreadable", e);
                    }
                }).toList();
    }
}
