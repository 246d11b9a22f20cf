package org.motcua.notification.service.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.motcua.notification.domain.Notification;
import org.motcua.notification.domain.alert.StaffRecipient;
import org.motcua.notification.service.delivery.NotificationWriter;
import org.motcua.notification.service.template.TemplateKind;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.platformkit.time.ProvinceTime;

import io.quarkus.scheduler.Scheduled;

/**
 * Bản tin hồ sơ có nguy cơ trễ hạn: at set times ({@code motcua.alerts.digest-cron}, Vietnam's time), each unit's
 * leaders get the dossiers found at risk since the last digest, and the provincial office gets the count per
 * unit. Each alert goes into one digest (taken in the digest's transaction, so two instances never both send it).
 */
@ApplicationScoped
public class AtRiskDigest {

    /** Dossiers listed in one digest; the rest are counted. */
    static final int LISTED = 50;

    private final EntityManager entityManager;
    private final StaffRecipientService recipients;
    private final NotificationWriter writer;
    private final UnitDirectory units;
    private final Clock clock;

    AtRiskDigest(EntityManager entityManager, StaffRecipientService recipients, NotificationWriter writer,
            UnitDirectory units, Clock clock) {
        this.entityManager = entityManager;
        this.recipients = recipients;
        this.writer = writer;
        this.units = units;
        this.clock = clock;
    }

    @Scheduled(identity = "at-risk-digest", cron = "{motcua.alerts.digest-cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        send();
    }

    /** Sends the digests of the alerts not digested yet; returns how many alerts they carried. */
    @Transactional
    public int send() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("WITH taken AS (UPDATE staff_alert SET digested_at = :now"
                + " WHERE digested_at IS NULL AND kind = 'AT_RISK' RETURNING " + StaffAlerts.COLUMNS + ")"
                + " SELECT * FROM taken ORDER BY unit_code, due_at, seq").unwrap(NativeQuery.class)
                .setParameter("now", now, Instant.class).getResultList();
        Map<String, List<StaffAlert>> byUnit = StaffAlerts.map(rows).stream()
                .collect(Collectors.groupingBy(StaffAlert::unitCode, TreeMap::new, Collectors.toList()));
        String at = ProvinceTime.forPeople(now);
        byUnit.forEach((unit, alerts) -> tell(unit, recipients.about(unit, false), units.nameForPeople(unit),
                alerts.size(), list(alerts.stream().map(StaffAlert::message).toList()), at, now));
        if (!byUnit.isEmpty()) {
            int total = byUnit.values().stream().mapToInt(List::size).sum();
            List<String> perUnit = byUnit.entrySet().stream()
                    .map(e -> units.nameForPeople(e.getKey()) + ": " + e.getValue().size() + " hồ sơ").toList();
            tell(StaffRecipient.PROVINCE, recipients.about(StaffRecipient.PROVINCE, false), "toàn tỉnh", total,
                    list(perUnit), at, now);
        }
        return rows.size();
    }

    private void tell(String scope, List<NotificationWriter.Person> people, String unitName, int count,
            String dossierList, String at, Instant now) {
        Map<String, String> values = Map.of("unitName", unitName, "count", String.valueOf(count),
                "dossierList", dossierList, "digestAt", at);
        String eventId = "at-risk-digest:" + scope + ":" + now;
        for (NotificationWriter.Person person : people) {
            writer.write(new Notification.About(null, null, scope, eventId, "at-risk-digest",
                    TemplateKind.AT_RISK_DIGEST.name()), person, TemplateKind.AT_RISK_DIGEST, values);
        }
    }

    private static String list(List<String> lines) {
        String listed = lines.stream().limit(LISTED).map(line -> "- " + line).collect(Collectors.joining("\n"));
        return lines.size() > LISTED ? listed + "\n- và " + (lines.size() - LISTED) + " mục khác" : listed;
    }
}
