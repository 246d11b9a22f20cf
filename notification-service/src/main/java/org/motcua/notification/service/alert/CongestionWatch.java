package org.motcua.notification.service.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.motcua.notification.config.AlertConfig;
import org.motcua.notification.domain.Notification;
import org.motcua.notification.service.delivery.NotificationWriter;
import org.motcua.notification.service.template.TemplateKind;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * Watches each unit's queue per field, from routing's load samples: it is congested when its work would take
 * {@code motcua.alerts.congestion-days} working days or more to clear (or it has work and no staff), and clear again
 * below {@code motcua.alerts.clear-days} (a margin, so a queue hovering at the limit does not alert at every
 * sample). Becoming congested raises one alert and tells the unit's leaders and the provincial office.
 */
@ApplicationScoped
public class CongestionWatch {

    /** A load sample of a unit's queue of a field. */
    public record Load(String unitCode, String field, int queuedDossiers, double staffHoursPerDay, Double daysToClear,
            Instant observedAt) {
    }

    private final EntityManager entityManager;
    private final StaffAlerts alerts;
    private final StaffRecipientService recipients;
    private final NotificationWriter writer;
    private final UnitDirectory units;
    private final Clock clock;
    private final double congestedDays;
    private final double clearDays;

    CongestionWatch(EntityManager entityManager, StaffAlerts alerts, StaffRecipientService recipients,
            NotificationWriter writer, UnitDirectory units, Clock clock, AlertConfig config) {
        this.entityManager = entityManager;
        this.alerts = alerts;
        this.recipients = recipients;
        this.writer = writer;
        this.units = units;
        this.clock = clock;
        this.congestedDays = config.congestionDays();
        this.clearDays = config.clearDays();
    }

    /** Takes a sample; alerts if the queue just became congested. */
    @Transactional
    public void sample(String eventId, Load load) {
        boolean wasCongested = lockState(load);
        boolean noStaff = load.queuedDossiers() > 0 && (load.daysToClear() == null || load.staffHoursPerDay() <= 0);
        double days = load.daysToClear() == null ? Double.POSITIVE_INFINITY : load.daysToClear();
        boolean congested = noStaff || (wasCongested ? days >= clearDays : days >= congestedDays);
        entityManager.createNativeQuery("""
                UPDATE unit_congestion SET congested = :congested, days_to_clear = :days,
                    since = CASE WHEN congested = :congested THEN since ELSE :at END
                WHERE unit_code = :unit AND field = :field""").unwrap(NativeQuery.class)
                .setParameter("congested", congested).setParameter("days", load.daysToClear(), Double.class)
                .setParameter("at", clock.instant(), Instant.class).setParameter("unit", load.unitCode())
                .setParameter("field", load.field()).executeUpdate();
        if (congested && !wasCongested) {
            raise(eventId, load, noStaff);
        }
    }

    private void raise(String eventId, Load load, boolean noStaff) {
        String unitName = units.nameForPeople(load.unitCode());
        String days = noStaff ? "không xác định (không có cán bộ)" : String.format(Locale.forLanguageTag("vi"), "%.1f",
                load.daysToClear());
        alerts.congestion(eventId, load.unitCode(), load.field(), "Ùn tắc hồ sơ tại " + unitName + ", lĩnh vực "
                + load.field() + ": " + load.queuedDossiers() + " hồ sơ chờ, cần " + days + " ngày làm việc để giải quyết hết");
        Map<String, String> values = Map.of("unitName", unitName, "field", load.field(),
                "queuedDossiers", String.valueOf(load.queuedDossiers()), "daysToClear", days,
                "staffHoursPerDay", String.format(Locale.forLanguageTag("vi"), "%.1f", load.staffHoursPerDay()),
                "observedAt", ProvinceTime.forPeople(load.observedAt()));
        for (NotificationWriter.Person person : recipients.about(load.unitCode(), true)) {
            writer.write(new Notification.About(null, null, load.unitCode(), eventId, "congestion",
                    TemplateKind.CONGESTION.name()), person, TemplateKind.CONGESTION, values);
        }
    }

    /** Whether the queue was congested before this sample; its row locked for this transaction. */
    private boolean lockState(Load load) {
        entityManager.createNativeQuery("""
                INSERT INTO unit_congestion (unit_code, field, congested, since) VALUES (:unit, :field, false, :at)
                ON CONFLICT (unit_code, field) DO NOTHING""").unwrap(NativeQuery.class)
                .setParameter("unit", load.unitCode()).setParameter("field", load.field())
                .setParameter("at", clock.instant(), Instant.class).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Boolean> state = entityManager.createNativeQuery(
                "SELECT congested FROM unit_congestion WHERE unit_code = :unit AND field = :field FOR UPDATE")
                .setParameter("unit", load.unitCode()).setParameter("field", load.field()).getResultList();
        return state.get(0);
    }
}
