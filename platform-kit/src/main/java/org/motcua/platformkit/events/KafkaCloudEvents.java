package org.motcua.platformkit.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Maps {@link CloudEvent}s to and from Kafka records in binary content mode. */
public final class KafkaCloudEvents {

    private KafkaCloudEvents() {
    }

    public static ProducerRecord<String, String> toRecord(String topic, String key, CloudEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event.data());
        Headers headers = record.headers();
        put(headers, CloudEvent.HEADER_SPEC_VERSION, CloudEvent.SPEC_VERSION);
        put(headers, CloudEvent.HEADER_ID, event.id());
        put(headers, CloudEvent.HEADER_SOURCE, event.source());
        put(headers, CloudEvent.HEADER_TYPE, event.type());
        put(headers, CloudEvent.HEADER_SUBJECT, event.subject());
        put(headers, CloudEvent.HEADER_TIME, event.time().toString());
        put(headers, CloudEvent.HEADER_CONTENT_TYPE, CloudEvent.JSON);
        put(headers, CloudEvent.HEADER_TRACEPARENT, event.traceparent());
        put(headers, CloudEvent.HEADER_TRACESTATE, event.tracestate());
        return record;
    }

    /**
     * Reads the envelope of a consumed record.
     *
     * @throws MalformedEventException when a required attribute is missing or unreadable
     */
    public static CloudEvent fromRecord(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String specVersion = get(headers, CloudEvent.HEADER_SPEC_VERSION);
        if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("unsupported or missing ce_specversion: " + specVersion);
        }
        String time = required(headers, CloudEvent.HEADER_TIME);
        Instant instant;
        try {
            instant = Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("unreadable ce_time");
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new MalformedEventException("event without data");
        }
        return new CloudEvent(required(headers, CloudEvent.HEADER_ID), required(headers, CloudEvent.HEADER_SOURCE),
                required(headers, CloudEvent.HEADER_TYPE), get(headers, CloudEvent.HEADER_SUBJECT), instant,
                record.value(), get(headers, CloudEvent.HEADER_TRACEPARENT), get(headers, CloudEvent.HEADER_TRACESTATE));
    }

    private static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String required(Headers headers, String name) {
        String value = get(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing " + name);
        }
        return value;
    }

    private static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
