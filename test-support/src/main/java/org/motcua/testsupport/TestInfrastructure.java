package org.motcua.testsupport;

/**
 * The one Kafka + PostgreSQL of a test JVM, started on first use and stopped when the JVM ends.
 *
 * <p>System property {@code motcua.test.infrastructure}: {@code embedded} (in-process KRaft broker and
 * embedded PostgreSQL), {@code containers} (Testcontainers) or {@code auto} (the default: containers
 * when a Docker engine answers, embedded otherwise).
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "motcua.test.infrastructure";
    private static final System.Logger LOG = System.getLogger(TestInfrastructure.class.getName());
    private static PlatformInfrastructure shared;

    private TestInfrastructure() {
    }

    public static synchronized PlatformInfrastructure shared() {
        if (shared == null) {
            String mode = System.getProperty(MODE_PROPERTY, "auto");
            boolean containers = switch (mode) {
                case "containers" -> true;
                case "embedded" -> false;
                case "auto" -> ContainerInfrastructure.dockerAvailable();
                default -> throw new IllegalArgumentException(MODE_PROPERTY + " must be embedded, containers or auto");
            };
            LOG.log(System.Logger.Level.INFO, "test infrastructure: {0} Kafka and PostgreSQL",
                    containers ? "Testcontainers" : "embedded");
            if (containers) {
                ContainerInfrastructure infra = ContainerInfrastructure.start();
                Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "stop-test-infrastructure"));
                shared = infra;
            } else {
                EmbeddedInfrastructure infra = EmbeddedInfrastructure.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "stop-test-infrastructure"));
                shared = infra;
            }
        }
        return shared;
    }
}
