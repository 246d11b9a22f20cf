package org.motcua.local;

import java.nio.file.Path;
import java.util.List;

/** One of the services as the local stack runs it: its module, database (none for the clerk frontend) and HTTP port. */
public record ServiceSpec(String name, String module, String database, int port) {

    /** The services in the order they start (consumers need no producer to be up first). */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("intake", "intake-service", "intake", 8081),
            new ServiceSpec("routing", "routing-service", "routing", 8082),
            new ServiceSpec("records", "records-service", "records", 8083),
            new ServiceSpec("notification", "notification-service", "notification", 8084),
            new ServiceSpec("clerk-ui", "clerk-ui", null, 8085));

    /** Whether it is one of the four services with an API (the clerk frontend is not). */
    public boolean hasApi() {
        return database != null;
    }

    /** The packaged application of the module under the repository root. */
    public Path jar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public ServiceSpec withPort(int otherPort) {
        return new ServiceSpec(name, module, database, otherPort);
    }
}
