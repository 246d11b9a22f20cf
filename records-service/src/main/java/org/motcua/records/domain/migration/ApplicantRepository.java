package org.motcua.records.domain.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.motcua.platformkit.security.PersonalDataCipher;

/** The people the pre-merger systems' dossiers name, known by the keyed hash of their citizen ID; names encrypted. */
@ApplicationScoped
public class ApplicantRepository {

    private final EntityManager entityManager;
    private final PersonalDataCipher cipher;

    ApplicantRepository(EntityManager entityManager, PersonalDataCipher cipher) {
        this.entityManager = entityManager;
        this.cipher = cipher;
    }

    /**
     * Adds the dossiers' applicants, one per person (the accented spelling of a name wins over one without
     * accents), in one statement; returns how many the archive did not know.
     */
    public long keepAll(List<LegacyDossier> dossiers, Instant now) {
        Map<String, String> names = new LinkedHashMap<>();
        for (LegacyDossier d : dossiers) {
            if (d.applicantReference() != null) {
                names.merge(d.applicantReference(), d.applicantName(), (kept, other) -> accented(kept) ? kept : other);
            }
        }
        if (names.isEmpty()) {
            return 0;
        }
        return entityManager.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO applicant (reference, full_name, accented, first_seen_at)
                    SELECT a.reference, a.name, a.accented, ?
                    FROM unnest(?::text[], ?::text[], ?::boolean[]) AS a(reference, name, accented)
                    ON CONFLICT (reference) DO UPDATE SET full_name = EXCLUDED.full_name, accented = true
                        WHERE NOT applicant.accented AND EXCLUDED.accented
                    RETURNING (xmax = 0)""")) {
                upsert.setTimestamp(1, Timestamp.from(now));
                upsert.setArray(2, c.createArrayOf("text", names.keySet().toArray()));
                upsert.setArray(3, c.createArrayOf("text", names.values().stream().map(cipher::encrypt).toArray()));
                upsert.setArray(4, c.createArrayOf("boolean",
                        names.values().stream().map(ApplicantRepository::accented).toArray()));
                long inserted = 0;
                try (ResultSet rs = upsert.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(1)) {
                            inserted++;
                        }
                    }
                }
                return inserted;
            }
        });
    }

    private static boolean accented(String name) {
        return name.chars().anyMatch(ch -> ch > 127);
    }
}
