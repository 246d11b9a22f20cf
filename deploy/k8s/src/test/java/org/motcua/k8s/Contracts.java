package org.motcua.k8s;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** event-contracts' AsyncAPI document: the topics with their partitions, and who sends to which. */
final class Contracts {

    private static final JsonNode ASYNCAPI = read();

    private Contracts() {
    }

    private static JsonNode read() {
        try {
            return Rendered.YAML.readTree(Rendered.repository()
                    .resolve("event-contracts/src/main/resources/contracts/asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("the AsyncAPI document cannot be read", e);
        }
    }

    /** Every topic (the channels' addresses) with its partitions. */
    static Map<String, Integer> topics() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        ASYNCAPI.path("channels").forEach(c -> topics.put(c.path("address").asText(),
                c.path("bindings").path("kafka").path("partitions").asInt()));
        return topics;
    }

    /** The topics a service sends to or receives from (operations named {@code <service>Publishes...}). */
    static Set<String> topicsOf(String service, String action) {
        Set<String> topics = new LinkedHashSet<>();
        ASYNCAPI.path("operations").properties().forEach(op -> {
            if (op.getKey().startsWith(service) && op.getValue().path("action").asText().equals(action)) {
                String channel = op.getValue().path("channel").path("$ref").asText().replace("#/channels/", "");
                topics.add(ASYNCAPI.path("channels").path(channel).path("address").asText());
            }
        });
        return topics;
    }
}
