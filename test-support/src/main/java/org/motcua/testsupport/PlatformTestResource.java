package org.motcua.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real PostgreSQL database (argument
 * {@code database}: the service's own), the key that verifies {@link TestTokens}, and with argument
 * {@code registries=true} the national registry simulator.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private static RegistrySimulator registries;
    private String database = "app";
    private boolean withRegistries;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        withRegistries = Boolean.parseBoolean(initArgs.getOrDefault("registries", "false"));
    }

    @Override
    public Map<String, String> start() {
        PlatformInfrastructure infra = TestInfrastructure.shared();
        infra.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.databaseUser());
        config.put("quarkus.datasource.password", infra.databasePassword());
        config.put("kafka.bootstrap.servers", infra.kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey.location", TestTokens.keys().publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", JwtKeys.LOCAL_ISSUER);
        if (withRegistries) {
            config.put("motcua.registries.url", registrySimulator().baseUrl());
        }
        return config;
    }

    /** The national registry simulator of this test JVM (started once). */
    public static synchronized RegistrySimulator registrySimulator() {
        if (registries == null) {
            registries = RegistrySimulator.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(registries::close, "stop-registry-simulator"));
        }
        return registries;
    }

    @Override
    public void stop() {
        // The infrastructure is shared by every test of the JVM and stops with it.
    }
}
