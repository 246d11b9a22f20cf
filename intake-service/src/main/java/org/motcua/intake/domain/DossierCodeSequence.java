package org.motcua.intake.domain;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The daily sequence of each receiving agency behind dossier codes. Every submission of an agency on a day
 * increments the same row, so the increment is one auto-committed statement: the row lock lasts as long as
 * the statement inside the server, never a client round trip. A number is handed out once and never reused
 * (a submission that fails afterwards leaves a gap).
 */
@ApplicationScoped
public class DossierCodeSequence {

    private static final String NEXT = """
            INSERT INTO dossier_code_sequence (agency_code, day, last_value) VALUES (?, ?, 1)
            ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier_code_sequence.last_value + 1
            RETURNING last_value""";

    private final DataSource dataSource;

    DossierCodeSequence(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next number of the agency's sequence for the day, committed before it is returned. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int next(String agencyCode, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(NEXT)) {
            connection.setAutoCommit(true);
            statement.setString(1, agencyCode);
            statement.setDate(2, Date.valueOf(day));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the dossier code sequence of " + agencyCode + " cannot be incremented", e);
        }
    }
}
