package org.motcua.notification.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Notifications. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public List<Notification> pendingOf(UUID dossierId) {
        return list("dossierId = ?1 and status = ?2", Sort.by("createdAt"), dossierId, NotificationStatus.PENDING);
    }

    public PanacheQuery<Notification> ofDossier(UUID dossierId) {
        return find("dossierId", Sort.by("createdAt").and("id"), dossierId);
    }
}
