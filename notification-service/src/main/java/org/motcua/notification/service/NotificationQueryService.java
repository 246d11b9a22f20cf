package org.motcua.notification.service;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.motcua.notification.domain.DeliveryAttempt;
import org.motcua.notification.domain.DossierAddressee;
import org.motcua.notification.domain.DossierAddresseeRepository;
import org.motcua.notification.domain.Notification;
import org.motcua.notification.domain.NotificationRepository;
import org.motcua.notification.domain.NotificationStatus;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.time.SqlTimes;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** Reads notifications with their tries, and the addressees they belong to. */
@ApplicationScoped
public class NotificationQueryService {

    /** A notification with its tries, oldest first. */
    public record Delivery(Notification notification, List<DeliveryAttempt> attempts) {
    }

    /** Per channel: messages waiting, the oldest waiting since, failed in the last day. */
    public record Backlog(String channel, long queued, java.time.Instant oldestQueuedAt, long failedLastDay) {
    }

    private final NotificationRepository notifications;
    private final DossierAddresseeRepository addressees;
    private final EntityManager entityManager;

    NotificationQueryService(NotificationRepository notifications, DossierAddresseeRepository addressees,
            EntityManager entityManager) {
        this.notifications = notifications;
        this.addressees = addressees;
        this.entityManager = entityManager;
    }

    @Transactional
    public Optional<DossierAddressee> addressee(UUID dossierId) {
        return addressees.findByIdOptional(dossierId);
    }

    @Transactional
    public PageView<Delivery> ofDossier(UUID dossierId, int page, int size) {
        return page(notifications.ofDossier(dossierId), page, size);
    }

    /** The messages to a person about any of their dossiers (the first page of {@code size}), oldest first. */
    @Transactional
    public PageView<Delivery> toApplicant(String applicantReference, int size) {
        return page(notifications.toApplicant(applicantReference), 0, size);
    }

    @Transactional
    public PageView<Delivery> withStatus(NotificationStatus status, String channel, int page, int size) {
        return page(notifications.withStatus(status, channel), page, size);
    }

    @Transactional
    public List<Backlog> backlog(java.time.Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT channel, count(*) FILTER (WHERE status = 'QUEUED'), min(created_at) FILTER (WHERE status = 'QUEUED'),
                       count(*) FILTER (WHERE status = 'FAILED')
                FROM notification
                WHERE status = 'QUEUED' OR (status = 'FAILED' AND created_at > :since)
                GROUP BY channel""").setParameter("since", Timestamp.from(now.minus(java.time.Duration.ofDays(1))))
                .getResultList();
        List<Backlog> backlog = new ArrayList<>();
        for (Object[] row : rows) {
            backlog.add(new Backlog((String) row[0], ((Number) row[1]).longValue(),
                    SqlTimes.toInstant(row[2]), ((Number) row[3]).longValue()));
        }
        return backlog;
    }

    private PageView<Delivery> page(PanacheQuery<Notification> query, int page, int size) {
        List<Notification> found = query.page(Page.of(page, size)).list();
        Map<UUID, List<DeliveryAttempt>> attempts = attemptsOf(found.stream().map(Notification::id).toList());
        List<Delivery> deliveries = found.stream()
                .map(n -> new Delivery(n, attempts.getOrDefault(n.id(), List.of()))).toList();
        return new PageView<>(deliveries, page, size, query.count());
    }

    /** The tries of these notifications, in one query. */
    private Map<UUID, List<DeliveryAttempt>> attemptsOf(List<UUID> ids) {
        Map<UUID, List<DeliveryAttempt>> byNotification = new HashMap<>();
        if (ids.isEmpty()) {
            return byNotification;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT notification_id, attempt, started_at, finished_at, outcome, detail FROM delivery_attempt
                WHERE notification_id IN (:ids) ORDER BY notification_id, attempt""").setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            DeliveryAttempt attempt = new DeliveryAttempt((UUID) row[0], ((Number) row[1]).intValue(),
                    SqlTimes.toInstant(row[2]),
                    SqlTimes.toInstant(row[3]), (String) row[4], (String) row[5]);
            byNotification.computeIfAbsent(attempt.notificationId(), id -> new ArrayList<>()).add(attempt);
        }
        return byNotification;
    }
}
