package org.motcua.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Deployment of a rendered overlay, as its container sees it: its environment and where each value comes from. */
final class Workload {

    /** Where an environment variable's value comes from: a literal (also a ConfigMap's) or a Secret's key. */
    record Source(String value, String secret, String key) {
        boolean fromSecret() {
            return secret != null;
        }
    }

    final Rendered rendered;
    final ObjectNode deployment;
    final JsonNode pod;
    final JsonNode container;

    Workload(Rendered rendered, String name) {
        this.rendered = rendered;
        this.deployment = rendered.get("Deployment", name);
        this.pod = deployment.path("spec").path("template").path("spec");
        this.container = pod.path("containers").path(0);
    }

    static List<Workload> all(Rendered rendered) {
        return rendered.ofKind("Deployment").map(d -> new Workload(rendered, Rendered.name(d))).toList();
    }

    String name() {
        return Rendered.name(deployment);
    }

    Map<String, String> podLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        deployment.path("spec").path("template").path("metadata").path("labels").properties()
                .forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /** Every variable of the container: its ConfigMaps' (envFrom) and its own (env), the latter winning. */
    Map<String, Source> environment() {
        Map<String, Source> environment = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asText();
            if (configMap.isEmpty()) {
                throw new AssertionError(name() + ": envFrom other than a ConfigMap: " + from);
            }
            rendered.get("ConfigMap", configMap).path("data").properties()
                    .forEach(e -> environment.put(e.getKey(), new Source(e.getValue().asText(), null, null)));
        }
        for (JsonNode env : container.path("env")) {
            JsonNode secret = env.path("valueFrom").path("secretKeyRef");
            environment.put(env.path("name").asText(), secret.isMissingNode()
                    ? new Source(env.path("value").asText(), null, null)
                    : new Source(null, secret.path("name").asText(), secret.path("key").asText()));
        }
        return environment;
    }

    /** The Secret a mounted directory comes from, or null. */
    String secretMountedAt(String directory) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (directory.startsWith(mount.path("mountPath").asText())) {
                String volume = mount.path("name").asText();
                return StreamSupport.stream(pod.path("volumes").spliterator(), false)
                        .filter(v -> v.path("name").asText().equals(volume))
                        .map(v -> v.path("secret").path("secretName").asText(null)).findFirst().orElse(null);
            }
        }
        return null;
    }
}
