package org.motcua.notification.service.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.motcua.notification.domain.alert.StaffRecipient;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.platformkit.time.SqlTimes;

/** Staff alerts: written once per event, read by the stream, the list and the digest. */
@ApplicationScoped
public class StaffAlerts {

    static final String COLUMNS = "seq, kind, unit_code, field, dossier_id, dossier_code, due_at, message, created_at";

    private final EntityManager entityManager;
    private final Clock clock;

    StaffAlerts(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Routing predicts the dossier will finish after its deadline. */
    public void atRisk(String eventId, UUID dossierId, String dossierCode, String unitCode, String field, Instant dueAt,
            Instant predictedAt) {
        insert(eventId, AlertKind.AT_RISK, unitCode, field, dossierId, dossierCode, dueAt,
                "Hồ sơ " + dossierCode + (field == null ? "" : " (" + field + ")") + " có nguy cơ trễ hạn: hạn "
                        + ProvinceTime.forPeople(dueAt)
                        + (predictedAt == null ? "" : ", dự kiến xong " + ProvinceTime.forPeople(predictedAt)));
    }

    /** The dossier's deadline passed. */
    public void overdue(String eventId, UUID dossierId, String dossierCode, String unitCode, String field,
            Instant dueAt) {
        insert(eventId, AlertKind.OVERDUE, unitCode, field, dossierId, dossierCode, dueAt,
                "Hồ sơ " + dossierCode + (field == null ? "" : " (" + field + ")") + " đã quá hạn: hạn "
                        + ProvinceTime.forPeople(dueAt));
    }

    /** A unit's queue became congested. */
    public void congestion(String eventId, String unitCode, String field, String message) {
        insert(eventId, AlertKind.CONGESTION, unitCode, field, null, null, null, message);
    }

    /** Appointments are counted on a year without its official calendar: the province's alert. */
    public void calendarNotice(String eventId, String message) {
        insert(eventId, AlertKind.CALENDAR_NOTICE, StaffRecipient.PROVINCE, null, null, null, null, message);
    }

    /** Alerts after {@code afterSeq}, oldest first, of one unit or (null) all. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<StaffAlert> after(long afterSeq, String unitCode, int limit) {
        Query query = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM staff_alert WHERE seq > :after"
                + (unitCode == null ? "" : " AND unit_code = :unit") + " ORDER BY seq LIMIT :limit")
                .setParameter("after", afterSeq).setParameter("limit", limit);
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        return map(query.getResultList());
    }

    /** The newest alerts first, of one unit or (null) all, a page at a time. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<StaffAlert> newest(String unitCode, AlertKind kind, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM staff_alert WHERE true");
        if (unitCode != null) {
            sql.append(" AND unit_code = :unit");
        }
        if (kind != null) {
            sql.append(" AND kind = :kind");
        }
        Query query = entityManager.createNativeQuery(sql.append(" ORDER BY seq DESC OFFSET :offset LIMIT :size")
                .toString()).setParameter("offset", (long) page * size).setParameter("size", size);
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        return map(query.getResultList());
    }

    static List<StaffAlert> map(List<Object[]> rows) {
        List<StaffAlert> alerts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            alerts.add(new StaffAlert(((Number) row[0]).longValue(), AlertKind.valueOf((String) row[1]),
                    (String) row[2], (String) row[3], (UUID) row[4], (String) row[5], SqlTimes.toInstant(row[6]), (String) row[7],
                    SqlTimes.toInstant(row[8])));
        }
        return alerts;
    }

    @SuppressWarnings("java:S107")
    private void insert(String eventId, AlertKind kind, String unitCode, String field, UUID dossierId,
            String dossierCode, Instant dueAt, String message) {
        entityManager.createNativeQuery("""
                INSERT INTO staff_alert (event_id, kind, unit_code, field, dossier_id, dossier_code, due_at, message,
                    created_at) VALUES (:event, :kind, :unit, :field, :dossier, :code, :due, :message, :at)
                ON CONFLICT (event_id) DO NOTHING""").unwrap(NativeQuery.class)
                .setParameter("event", eventId).setParameter("kind", kind.name()).setParameter("unit", unitCode)
                .setParameter("field", field, String.class).setParameter("dossier", dossierId, UUID.class)
                .setParameter("code", dossierCode, String.class).setParameter("due", dueAt, Instant.class)
                .setParameter("message", message).setParameter("at", clock.instant(), Instant.class).executeUpdate();
    }
}
