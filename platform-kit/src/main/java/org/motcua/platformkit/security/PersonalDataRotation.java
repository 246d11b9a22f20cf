package org.motcua.platformkit.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Encrypts again, with the current key, every value of the service's {@link EncryptedColumns} that another key (or no
 * key: a value stored before encryption) holds, and fills in the lookup columns rows written before them lack — after the province adds a key and makes it current, so that the old
 * one can be retired. Works in batches, each its own transaction; a row being written meanwhile is skipped by this
 * batch ({@code SKIP LOCKED}) and taken by a later one. Run it again at any time: it finds what is left.
 */
@ApplicationScoped
public class PersonalDataRotation {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(PersonalDataRotation.class);

    private final Instance<EncryptedColumns> tables;
    private final PersonalDataCipher cipher;
    private final EntityManager entityManager;

    PersonalDataRotation(Instance<EncryptedColumns> tables, PersonalDataCipher cipher, EntityManager entityManager) {
        this.tables = tables;
        this.cipher = cipher;
        this.entityManager = entityManager;
    }

    /** How many rows of a table were encrypted again. */
    public record Rotated(String table, long rows) {
    }

    public String currentKeyId() {
        return cipher.currentKeyId();
    }

    public List<Rotated> rotate() {
        List<Rotated> done = new ArrayList<>();
        for (EncryptedColumns table : tables) {
            long rows = 0;
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> rotateBatch(table));
                rows += batch;
            } while (batch == BATCH);
            LOG.infof("personal data of %s encrypted again with key %s: %d rows", table.table(), cipher.currentKeyId(),
                    rows);
            done.add(new Rotated(table.table(), rows));
        }
        return done;
    }

    private int rotateBatch(EncryptedColumns table) {
        List<String> selected = new ArrayList<>(table.columns());
        table.lookups().forEach(lookup -> selected.add(lookup.column()));
        String left = Stream.concat(
                table.columns().stream().map(c -> "(" + c + " IS NOT NULL AND left(" + c + ", :length) <> :prefix)"),
                table.lookups().stream().map(l -> "(" + l.column() + " IS NULL AND " + l.source() + " IS NOT NULL)"))
                .collect(Collectors.joining(" OR "));
        // a table without a one-column key names its rows by their address (ctid), stable while they are locked
        boolean byAddress = EncryptedColumns.ROW_ADDRESS.equals(table.idColumn());
        String id = byAddress ? "CAST(ctid AS text)" : table.idColumn();
        List<?> rows = entityManager.createNativeQuery("SELECT " + id + ", " + String.join(", ", selected)
                + " FROM " + table.table() + " WHERE " + left + " LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter("length", cipher.currentPrefix().length())
                .setParameter("prefix", cipher.currentPrefix())
                .getResultList();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            Map<String, String> clear = new LinkedHashMap<>();
            Map<String, String> again = new LinkedHashMap<>(); // only what changes: no null is bound
            for (int i = 0; i < table.columns().size(); i++) {
                String stored = (String) row[i + 1];
                clear.put(table.columns().get(i), cipher.decrypt(stored));
                if (!cipher.isCurrent(stored)) {
                    again.put(table.columns().get(i), cipher.encrypt(clear.get(table.columns().get(i))));
                }
            }
            for (int i = 0; i < table.lookups().size(); i++) {
                EncryptedColumns.Lookup lookup = table.lookups().get(i);
                String source = clear.get(lookup.source());
                if (row[table.columns().size() + 1 + i] == null && source != null) {
                    again.put(lookup.column(), lookup.derive().apply(source));
                }
            }
            Query update = entityManager.createNativeQuery("UPDATE " + table.table() + " SET "
                    + again.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "))
                    + " WHERE " + (byAddress ? "ctid = CAST(:id AS tid)" : table.idColumn() + " = :id"))
                    .setParameter("id", row[0]);
            again.forEach(update::setParameter);
            update.executeUpdate();
        }
        return rows.size();
    }
}
