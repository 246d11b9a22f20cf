package org.motcua.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The operators' CustomResourceDefinitions copied into {@code deploy/k8s/crds} (Strimzi, CloudNativePG), as JSON
 * Schemas a custom resource is validated against offline. Like the API server, a field the schema does not name is
 * an error (the server would prune it: the setting would silently not apply), except where the schema keeps unknown
 * fields ({@code x-kubernetes-preserve-unknown-fields}, such as Kafka's own {@code config}). CEL rules
 * ({@code x-kubernetes-validations}) are not evaluated: only a cluster does.
 */
final class OperatorSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final Map<String, JsonSchema> SCHEMAS = load();

    private OperatorSchemas() {
    }

    /** The kinds (as {@code apiVersion/kind}) there is a schema for. */
    static Set<String> kinds() {
        return SCHEMAS.keySet();
    }

    /** What is wrong with a custom resource; empty when its operator would accept it. */
    static List<String> validate(JsonNode resource) {
        JsonSchema schema = SCHEMAS.get(key(resource.path("apiVersion").asText(), resource.path("kind").asText()));
        if (schema == null) {
            return List.of("no CRD schema for " + resource.path("apiVersion").asText() + " "
                    + resource.path("kind").asText() + " in deploy/k8s/crds");
        }
        return schema.validate(resource).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static Map<String, JsonSchema> load() {
        Map<String, JsonSchema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(Rendered.module().resolve("crds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                JsonNode crd = Rendered.YAML.readTree(file.toFile());
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (!version.path("served").asBoolean()) {
                        continue;
                    }
                    JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    strict(schema);
                    schemas.put(key(group + "/" + version.path("name").asText(), kind), FACTORY.getSchema(schema));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the CRDs in deploy/k8s/crds cannot be read", e);
        }
        return Map.copyOf(schemas);
    }

    /**
     * Unknown fields are errors wherever the schema lists the fields and does not keep the others ({@code metadata}
     * is the API server's: the CRD lists no fields of it, so it stays open).
     */
    private static void strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(e -> strict(e.getValue()));
        } else if (schema != null && schema.isArray()) {
            schema.forEach(OperatorSchemas::strict);
        }
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + "/" + kind;
    }
}
