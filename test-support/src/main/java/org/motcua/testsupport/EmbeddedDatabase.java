package org.motcua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the binaries that Maven Central ships (no Docker, works as root).
 * One server, one database per service.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port, tuned for tests (no fsync). */
    public static EmbeddedDatabase startTemporary() {
        return start(EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                // statement statistics for benchmarks (bench/ prints the costliest statements)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements"));
    }

    /** A server whose data survives restarts, on a fixed port (the local stack). */
    public static EmbeddedDatabase startPersistent(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port));
    }

    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder) {
        try {
            return new EmbeddedDatabase(builder.setServerConfig("max_connections", "300").start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    /**
     * Freezes the server and all its backends (SIGSTOP) for {@code duration}, then lets them go on (SIGCONT). The
     * processes are found before: a frozen server answers no question.
     */
    void stall(java.time.Duration duration) throws InterruptedException {
        java.util.List<String> pids = new java.util.ArrayList<>();
        try {
            Path pidFile = Path.of(dataDirectory()).resolve("postmaster.pid");
            long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).strip());
            pids.add(String.valueOf(postmaster));
            ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(h -> pids.add(String.valueOf(h.pid())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        signal("STOP", pids);
        try {
            Thread.sleep(duration.toMillis());
        } finally {
            signal("CONT", pids);
        }
    }

    private static void signal(String signal, java.util.List<String> pids) throws InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("kill", "-" + signal));
        command.addAll(pids);
        try {
            // a backend may have ended meanwhile: kill then reports it and signals the others
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal PostgreSQL", e);
        }
    }

    private String dataDirectory() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW data_directory")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask PostgreSQL where its data is", e);
        }
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
