package org.motcua.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own configuration as its module declares it: its {@code application.properties} over platform-kit's
 * shared defaults (for the four services; the frontend has only its own).
 */
final class ServiceConfig {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    /** A consumer channel: the topics it reads as its consumer group. */
    record Channel(List<String> topics, String group) {
    }

    final String module;
    private final Properties properties = new Properties();
    private final Map<String, Boolean> variables = new LinkedHashMap<>();

    private ServiceConfig(String module) {
        this.module = module;
        Path repository = Rendered.repository();
        if (!module.equals("clerk-ui")) {
            read(repository.resolve("platform-kit/src/main/resources/META-INF/microprofile-config.properties"));
        }
        read(repository.resolve(module).resolve("src/main/resources/application.properties"));
    }

    static ServiceConfig of(String module) {
        return new ServiceConfig(module);
    }

    private void read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties own = new Properties();
            own.load(reader);
            properties.putAll(own);
            for (String name : own.stringPropertyNames()) {
                if (name.startsWith("%")) {
                    continue; // a test profile's value is not deployed
                }
                Matcher m = VARIABLE.matcher(own.getProperty(name));
                while (m.find()) {
                    variables.merge(m.group(1), m.group(2) != null, Boolean::logicalAnd);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read", e);
        }
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(properties.getProperty(name));
    }

    int port() {
        return Integer.parseInt(get("quarkus.http.port").orElseThrow());
    }

    /** The environment variables the configuration reads, each with whether it has a default. */
    Map<String, Boolean> variables() {
        return variables;
    }

    /** The channels it consumes from Kafka. */
    List<Channel> incoming() {
        List<Channel> channels = new ArrayList<>();
        for (String name : properties.stringPropertyNames()) {
            Matcher m = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.group\\.id").matcher(name);
            if (m.matches()) {
                String prefix = "mp.messaging.incoming." + m.group(1) + ".";
                String topics = get(prefix + "topics").or(() -> get(prefix + "topic")).orElseThrow();
                channels.add(new Channel(Arrays.stream(topics.split(",")).map(String::trim).toList(),
                        properties.getProperty(name)));
            }
        }
        return channels;
    }
}
