package org.motcua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.motcua.eventcontracts.EventContracts;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends the platform's events as their publishers do, to the test's Kafka ({@link TestInfrastructure}): the
 * contract's golden example with the fields given, as a CloudEvent in binary mode on the publisher's topic
 * ({@code <service>.dossier.events}, units' loads on {@code routing.unit.events}), keyed by the dossier (or unit,
 * or calendar year), so that one dossier's events share a partition and are consumed in the order sent.
 */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** Sends the type's example about the dossier (its {@code dossierId} set to the key), now; returns the event id. */
    public static String send(String type, String key, Map<String, ?> fields) {
        return send(UUID.randomUUID().toString(), type, key, fields, Instant.now());
    }

    /** The same at the given event time. */
    public static String send(String type, String key, Map<String, ?> fields, Instant at) {
        return send(UUID.randomUUID().toString(), type, key, fields, at);
    }

    /** The same with the event's own id: a redelivery is the same id sent again (same key, same partition). */
    public static String send(String eventId, String type, String key, Map<String, ?> fields, Instant at) {
        return send(eventId, type, key, fields, at, Map.of());
    }

    /** Sends it as published in a trace: the W3C {@code traceparent} in {@code ce_traceparent}. */
    public static String sendInTrace(String traceparent, String type, String key, Map<String, ?> fields) {
        return send(UUID.randomUUID().toString(), type, key, fields, Instant.now(), Map.of("ce_traceparent", traceparent));
    }

    private static String send(String eventId, String type, String key, Map<String, ?> fields, Instant at,
            Map<String, String> headers) {
        Map<String, Object> data = new HashMap<>(fields);
        if (hasDossierId(type)) {
            data.putIfAbsent("dossierId", key);
        }
        KafkaTestConsumer.sendCloudEvent(TestInfrastructure.shared().kafkaBootstrapServers(), topicOf(type), eventId,
                "/motcua/" + serviceOf(type), type, key, GoldenEvents.example(type, data), at, headers);
        return eventId;
    }

    /** The topic a type is published on (the AsyncAPI document's channel). */
    public static String topicOf(String type) {
        return EventContracts.topicOf(type);
    }

    /** {@code intake} of {@code org.motcua.intake.dossier-submitted.v1}. */
    private static String serviceOf(String type) {
        String[] parts = type.split("\\.");
        if (parts.length != 5 || !"org".equals(parts[0]) || !"motcua".equals(parts[1])) {
            throw new IllegalArgumentException("not a motcua event type: " + type);
        }
        return parts[2];
    }

    private static boolean hasDossierId(String type) {
        try {
            return JSON.readTree(EventContracts.example(type)).has("dossierId");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
