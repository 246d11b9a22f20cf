package org.motcua.testsupport.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A running service's OpenAPI document ({@code /q/openapi}) and the operations of its API. */
final class OpenApiDocument {

    static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocument() {
    }

    static JsonNode of(HttpClient client, URI base) {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve("q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The API's operations ({@code GET /api/v1/units}), in the document's order. */
    static List<String> operations(JsonNode document) {
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getKey().startsWith("/api/")) {
                for (String method : METHODS) {
                    if (path.getValue().has(method)) {
                        operations.add(method.toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        return operations;
    }
}
