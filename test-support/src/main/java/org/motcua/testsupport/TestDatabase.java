package org.motcua.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads (and, where a test must set a state no API reaches, writes) a service's database in the test's PostgreSQL
 * ({@link TestInfrastructure}), with plain JDBC and {@code ?} parameters, each statement committed on its own.
 */
public final class TestDatabase {

    private final String database;

    private TestDatabase(String database) {
        this.database = database;
    }

    /** The service's database ({@code intake}, {@code routing}, {@code records}, {@code notification}). */
    public static TestDatabase of(String database) {
        return new TestDatabase(database);
    }

    /** The first column of the first row as a number (a {@code count(*)}...), 0 when there is no row. */
    public long count(String sql, Object... parameters) {
        List<Object[]> found = rows(sql, parameters);
        return found.isEmpty() || found.get(0)[0] == null ? 0 : ((Number) found.get(0)[0]).longValue();
    }

    /** Every row, its columns in order (timestamps as {@link Instant}s). */
    public List<Object[]> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = result.getObject(i + 1);
                    row[i] = value instanceof Timestamp at ? at.toInstant() : value;
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + sql, e);
        }
    }

    /** Runs a change; returns how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("test update failed: " + sql, e);
        }
    }

    private Connection connect() throws SQLException {
        PlatformInfrastructure infra = TestInfrastructure.shared();
        return DriverManager.getConnection(infra.jdbcUrl(database), infra.databaseUser(), infra.databasePassword());
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
