package org.motcua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.motcua.testsupport.PlatformInfrastructure;

/**
 * The statements PostgreSQL spent its time on during a benchmark step, across the services' databases
 * ({@code pg_stat_statements}, preloaded by the embedded server).
 */
final class StatementReport {

    private final PlatformInfrastructure infra;

    StatementReport(PlatformInfrastructure infra) {
        this.infra = infra;
    }

    void reset() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The costliest statements since the last reset, with calls per unit of work. */
    String top(int limit, long work) throws SQLException {
        StringBuilder report = new StringBuilder(String.format("         %8s %9s %8s  %s%n", "exec ms", "calls/sub",
                "µs/call", "database: statement"));
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT d.datname, s.calls, s.total_exec_time, s.query FROM pg_stat_statements s
                JOIN pg_database d ON d.oid = s.dbid ORDER BY s.total_exec_time DESC""" + " LIMIT " + limit)) {
            while (rs.next()) {
                String query = rs.getString(4).replaceAll("\\s+", " ");
                report.append(String.format("         %8.0f %9.2f %8.0f  %s: %s%n", rs.getDouble(3),
                        (double) rs.getLong(2) / work, rs.getDouble(3) * 1000 / Math.max(1, rs.getLong(2)),
                        rs.getString(1), query.length() > 110 ? query.substring(0, 110) + "…" : query));
            }
        }
        return report.toString();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(infra.jdbcUrl("intake"), infra.databaseUser(), infra.databasePassword());
    }
}
