package org.motcua.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * An overlay of {@code deploy/k8s} as {@code kubectl kustomize} renders it: what {@code kubectl apply -k} would send
 * to the cluster. Rendered once per overlay and test run.
 */
final class Rendered {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The overlays an environment is deployed from. */
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final String text;
    final List<ObjectNode> objects;

    private Rendered(String overlay, String text, List<ObjectNode> objects) {
        this.overlay = overlay;
        this.text = text;
        this.objects = objects;
    }

    /** The module's directory (deploy/k8s). */
    static Path module() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("overlays")) ? here : here.resolve("deploy/k8s");
    }

    /** The repository's root. */
    static Path repository() {
        return module().resolve("../..").normalize();
    }

    static Rendered overlay(String overlay) {
        return CACHE.computeIfAbsent(overlay, Rendered::render);
    }

    private static Rendered render(String overlay) {
        Path dir = module().resolve("overlays").resolve(overlay);
        String text = kubectl("kustomize", dir.toString());
        try {
            List<ObjectNode> objects = new ArrayList<>();
            for (JsonNode node : YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll()) {
                if (node instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
            return new Rendered(overlay, text, List.copyOf(objects));
        } catch (IOException e) {
            throw new AssertionError("kubectl kustomize " + dir + " wrote what is not YAML", e);
        }
    }

    /** Runs kubectl, or fails saying what is missing. */
    static String kubectl(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("kubectl");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError("""
                    kubectl is needed to render deploy/k8s (its Kustomize 5, 'kubectl kustomize'), and it is not on the \
                    PATH. Install kubectl 1.27 or later (it carries Kustomize 5): the Kubernetes project's package \
                    repository (pkgs.k8s.io) or the cloud SDK's 'kubectl' package.""", e);
        }
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            byte[] stdout = out.readAllBytes();
            byte[] stderr = err.readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + new String(stderr, StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    Stream<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).filter(o -> name.equals(name(o))).findFirst();
    }

    /** A ConfigMap by the name its generator was given (the rendered one has a hash suffix). */
    ObjectNode configMap(String generatorName) {
        return ofKind("ConfigMap").filter(o -> name(o).equals(generatorName) || name(o).matches(
                Pattern.quote(generatorName) + "-[a-z0-9]{10}")).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no ConfigMap " + generatorName));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + " " + name(object);
    }

    @Override
    public String toString() {
        return overlay;
    }
}
