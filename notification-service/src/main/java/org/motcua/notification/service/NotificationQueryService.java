package org.motcua.notification.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.notification.domain.DossierAddressee;
import org.motcua.notification.domain.DossierAddresseeRepository;
import org.motcua.notification.domain.Notification;
import org.motcua.notification.domain.NotificationRepository;
import org.motcua.platformkit.api.PageView;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** Reads notifications and the addressees they belong to. */
@ApplicationScoped
public class NotificationQueryService {

    private final NotificationRepository notifications;
    private final DossierAddresseeRepository addressees;

    NotificationQueryService(NotificationRepository notifications, DossierAddresseeRepository addressees) {
        this.notifications = notifications;
        this.addressees = addressees;
    }

    @Transactional
    public Optional<DossierAddressee> addressee(UUID dossierId) {
        return addressees.findByIdOptional(dossierId);
    }

    @Transactional
    public PageView<Notification> ofDossier(UUID dossierId, int page, int size) {
        PanacheQuery<Notification> query = notifications.ofDossier(dossierId);
        return new PageView<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
