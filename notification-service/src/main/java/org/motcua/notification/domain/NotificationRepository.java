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

    /** The messages to a person (their applicant reference) about any of their dossiers, oldest first. */
    public PanacheQuery<Notification> toApplicant(String applicantReference) {
        return find("recipient = ?1 and dossierId in (select a.dossierId from DossierAddressee a"
                + " where a.applicantReference = ?2)", Sort.by("createdAt").and("id"), Notification.APPLICANT,
                applicantReference);
    }

    /** Of a status (and a channel, if given), the newest first: what operators look at (the failed ones). */
    public PanacheQuery<Notification> withStatus(NotificationStatus status, String channel) {
        return channel == null
                ? find("status = :status", Sort.descending("createdAt").and("id"), Parameters.with("status", status))
                : find("status = :status and channel = :channel", Sort.descending("createdAt").and("id"),
                        Parameters.with("status", status).and("channel", channel));
    }
}
