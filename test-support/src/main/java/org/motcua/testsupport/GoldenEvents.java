package org.motcua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.motcua.eventcontracts.EventContracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The golden example of an event type, with some top-level fields replaced (a fresh dossier id...). */
public final class GoldenEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenEvents() {
    }

    public static String example(String eventType, Map<String, ?> overrides) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(EventContracts.example(eventType));
            overrides.forEach((field, value) -> node.set(field, JSON.valueToTree(value)));
            String json = JSON.writeValueAsString(node);
            EventContracts.assertValid(eventType, json);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
