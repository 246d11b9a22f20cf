package org.motcua.notification.service.alert;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The live feed of staff alerts for the streams: every instance reads the new alerts from the database each
 * second (whichever instance's consumer wrote them) and hands them to its subscribers. Alerts whose transaction
 * commits after a later one's are still caught: each read looks back {@value #LOOK_BACK} positions and skips those
 * it already handed out.
 */
@ApplicationScoped
public class AlertFeed {

    static final int LOOK_BACK = 200;

    private final StaffAlerts alerts;
    private final EntityManager entityManager;
    private final BroadcastProcessor<StaffAlert> live = BroadcastProcessor.create();
    private final TreeSet<Long> handedOut = new TreeSet<>();
    private long newest = -1;

    AlertFeed(StaffAlerts alerts, EntityManager entityManager) {
        this.alerts = alerts;
        this.entityManager = entityManager;
    }

    /**
     * The alerts of these units (all units if null) from now on, after those since {@code lastSeen} (a reconnecting
     * client's {@code Last-Event-ID}; at most the {@value #LOOK_BACK} newest of them).
     */
    public Multi<StaffAlert> follow(Set<String> units, Long lastSeen) {
        Multi<StaffAlert> mine = live.filter(a -> units == null || units.contains(a.unitCode()));
        if (lastSeen == null) {
            return mine;
        }
        List<StaffAlert> missed = missed(units, lastSeen);
        long upTo = missed.isEmpty() ? lastSeen : missed.get(missed.size() - 1).seq();
        return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(missed),
                mine.filter(a -> a.seq() > upTo));
    }

    private List<StaffAlert> missed(Set<String> units, long lastSeen) {
        String unit = units != null && units.size() == 1 ? units.iterator().next() : null;
        List<StaffAlert> since = alerts.after(lastSeen, unit, 5_000).stream()
                .filter(a -> units == null || units.contains(a.unitCode())).toList();
        return since.size() > LOOK_BACK ? since.subList(since.size() - LOOK_BACK, since.size()) : since;
    }

    @Scheduled(identity = "alert-feed", every = "{motcua.alerts.feed-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void poll() {
        if (newest < 0) {
            Number max = (Number) entityManager.createNativeQuery("SELECT coalesce(max(seq), 0) FROM staff_alert")
                    .getSingleResult();
            newest = max.longValue();
            // those already there were for the streams before this instance started
            alerts.after(Math.max(0, newest - LOOK_BACK), null, 1_000).forEach(a -> handedOut.add(a.seq()));
            return;
        }
        for (StaffAlert alert : alerts.after(Math.max(0, newest - LOOK_BACK), null, 1_000)) {
            if (handedOut.add(alert.seq())) {
                newest = Math.max(newest, alert.seq());
                live.onNext(alert);
            }
        }
        handedOut.headSet(newest - LOOK_BACK, true).clear();
    }
}
