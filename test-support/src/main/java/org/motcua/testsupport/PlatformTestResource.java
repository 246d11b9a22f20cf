package org.motcua.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real PostgreSQL database (argument
 * {@code database}: the service's own), and the key that verifies {@link TestTokens}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
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
        return config;
    }

    @Override
    public void stop() {
        // The infrastructure is shared by every test of the JVM and stops with it.
    }
}
