package org.motcua.eventcontracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts as files: one JSON Schema and one golden example per event type
 * ({@code contracts/schemas/<type>.json}, {@code contracts/examples/<type>.json}) and the AsyncAPI
 * document of topics. Producers' tests check what they emit with {@link #assertValid}; consumers'
 * tests feed {@link #example} to their handlers.
 */
public final class EventContracts {

    private static final String ROOT = "contracts/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** The schema violations of a payload, empty when it conforms. */
    public static List<String> violations(String eventType, String payload) {
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema(eventType).validate(node)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    /** Fails with an {@link AssertionError} listing every violation when the payload does not conform. */
    public static void assertValid(String eventType, String payload) {
        List<String> problems = violations(eventType, payload);
        if (!problems.isEmpty()) {
            throw new AssertionError(eventType + " payload violates its schema: " + problems + "\n" + payload);
        }
    }

    /** The golden example of an event type. */
    public static String example(String eventType) {
        return read(ROOT + "examples/" + eventType + ".json");
    }

    /** Every event type of the AsyncAPI document (its messages' names), sorted. */
    public static List<String> eventTypes() {
        TreeSet<String> types = new TreeSet<>();
        Iterator<JsonNode> messages = asyncApi().path("components").path("messages").elements();
        while (messages.hasNext()) {
            JsonNode message = messages.next();
            if (message.path("payload").has("$ref")) {
                types.add(message.path("name").asText());
            }
        }
        return List.copyOf(types);
    }

    /** Every topic of the platform, dead-letter topics included, with its partition count. */
    public static List<TopicSpec> topics() {
        List<TopicSpec> topics = new ArrayList<>();
        asyncApi().path("channels").elements().forEachRemaining(channel -> topics.add(new TopicSpec(
                channel.path("address").asText(), channel.path("bindings").path("kafka").path("partitions").asInt(6))));
        return topics;
    }

    /** The topic an event type is published on: the channel of the AsyncAPI document that carries it (not a DLQ). */
    public static String topicOf(String eventType) {
        String topic = Topics.BY_TYPE.get(eventType);
        if (topic == null) {
            throw new IllegalArgumentException("no topic carries " + eventType);
        }
        return topic;
    }

    /** Each event type's topic, read once from the document. */
    private static final class Topics {

        static final Map<String, String> BY_TYPE = read();

        private static Map<String, String> read() {
            JsonNode doc = asyncApi();
            JsonNode messages = doc.path("components").path("messages");
            Map<String, String> byType = new HashMap<>();
            for (JsonNode channel : (Iterable<JsonNode>) doc.path("channels")::elements) {
                String address = channel.path("address").asText();
                if (!address.endsWith(".dlq")) {
                    for (JsonNode message : (Iterable<JsonNode>) channel.path("messages")::elements) {
                        String ref = message.path("$ref").asText();
                        byType.put(messages.path(ref.substring(ref.lastIndexOf('/') + 1)).path("name").asText(), address);
                    }
                }
            }
            return Map.copyOf(byType);
        }
    }

    /** The AsyncAPI document, parsed. */
    public static JsonNode asyncApi() {
        try {
            return YAML.readTree(read(ROOT + "asyncapi.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String eventType) {
        return SCHEMAS.computeIfAbsent(eventType, type -> {
            try {
                JsonNode node = JSON.readTree(read(ROOT + "schemas/" + type + ".json"));
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String read(String resource) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
