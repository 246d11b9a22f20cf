package org.motcua.testsupport;

/** Where a test or the local stack finds Kafka and PostgreSQL, however they were started. */
public interface PlatformInfrastructure {

    String kafkaBootstrapServers();

    String jdbcUrl(String database);

    String databaseUser();

    String databasePassword();

    /** Creates the database of one service unless it exists. */
    void ensureDatabase(String database);
}
