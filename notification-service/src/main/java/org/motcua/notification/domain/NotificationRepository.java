package org.motcua.notification.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Notifications. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public PanacheQuery<Notification> ofDossier(UUID dossierId) {
        return find("dossierId", Sort.by("createdAt").and("id"), dossierId);
    }

    /** Of a status (and a channel, if given), the newest first: what operators look at (the failed ones). */
    public PanacheQuery<Notification> withStatus(NotificationStatus status, String channel) {
        return channel == null
                ? find("status = :status", Sort.descending("createdAt").and("id"), Parameters.with("status", status))
                : find("status = :status and channel = :channel", Sort.descending("createdAt").and("id"),
                        Parameters.with("status", status).and("channel", channel));
    }
}
