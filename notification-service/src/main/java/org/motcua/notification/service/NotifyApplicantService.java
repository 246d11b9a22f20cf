package org.motcua.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.notification.channel.LogChannel;
import org.motcua.notification.domain.DossierAddressee;
import org.motcua.notification.domain.DossierAddresseeRepository;
import org.motcua.notification.domain.Notification;
import org.motcua.notification.domain.NotificationRepository;
import org.motcua.notification.domain.Recipient;
import org.motcua.notification.template.NotificationTemplates;
import org.motcua.notification.template.TemplateChannel;
import org.motcua.notification.template.TemplateKind;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * Tells the applicant about each step of their dossier: one notification per event, held until the
 * applicant is known (intake's event may arrive after routing's), then handed to the channel.
 */
@ApplicationScoped
public class NotifyApplicantService {

    private final DossierAddresseeRepository addressees;
    private final NotificationRepository notifications;
    private final LogChannel channel;
    private final NotificationTemplates templates;
    private final UnitDirectory units;
    private final Clock clock;

    NotifyApplicantService(DossierAddresseeRepository addressees, NotificationRepository notifications,
            LogChannel channel, NotificationTemplates templates, UnitDirectory units, Clock clock) {
        this.addressees = addressees;
        this.notifications = notifications;
        this.channel = channel;
        this.templates = templates;
        this.units = units;
        this.clock = clock;
    }

    /** The dossier was received: remember the applicant and tell them. */
    @Transactional
    @SuppressWarnings("java:S107")
    public void dossierReceived(String eventId, String eventType, UUID dossierId, String dossierCode,
            String procedureName, String applicantFullName, String email, String phone, String receivingUnitCode,
            Instant submittedAt, Instant dueAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        boolean heldUntilNow = !addressee.applicantKnown();
        addressee.recordApplicant(applicantFullName, email, phone, receivingUnitCode, clock.instant());
        send(addressee, create(eventId, eventType, addressee, TemplateKind.RECEIVED, Map.of("procedureName", procedureName,
                "receivedAt", ProvinceTime.forPeople(submittedAt), "dueAt", forPeople(dueAt),
                "unitName", unitName(receivingUnitCode))));
        if (heldUntilNow) {
            // notifications of events that arrived before this one were held: they follow, in order
            notifications.pendingOf(dossierId).forEach(held -> deliver(addressee, held));
        }
    }

    /** Routing chose the unit that processes the dossier: tell the applicant. */
    @Transactional
    public void dossierAssigned(String eventId, String eventType, UUID dossierId, String dossierCode,
            String receivingUnitCode, String processingUnitCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        addressee.recordProcessingUnit(receivingUnitCode, processingUnitCode, clock.instant());
        send(addressee, create(eventId, eventType, addressee, TemplateKind.ASSIGNED,
                Map.of("unitName", unitName(processingUnitCode))));
    }

    /** The dossier moved to another unit: tell the applicant where it is processed now. */
    @Transactional
    public void dossierTransferred(String eventId, String eventType, UUID dossierId, String dossierCode,
            String toUnitCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, addressee, TemplateKind.TRANSFERRED, Map.of("unitName", unitName(toUnitCode))));
    }

    /** The processing unit needs more from the applicant (Mẫu 02): say what, and that the clock waits. */
    @Transactional
    public void supplementRequested(String eventId, String eventType, UUID dossierId, String dossierCode,
            java.util.List<String> reasons) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, addressee, TemplateKind.SUPPLEMENT_REQUESTED,
                Map.of("reasons", String.join("; ", reasons))));
    }

    /** The dossier was decided: the result to collect, or the reasons of the refusal (Mẫu 03). */
    @Transactional
    public void dossierDecided(String eventId, String eventType, UUID dossierId, String dossierCode, boolean approved,
            String resultReference, java.util.List<String> reasons) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        String unitName = unitName(addressee.receivingUnitCode());
        send(addressee, approved
                ? create(eventId, eventType, addressee, TemplateKind.DECIDED_APPROVED,
                        Map.of("resultReference", resultReference == null ? "" : resultReference, "unitName", unitName))
                : create(eventId, eventType, addressee, TemplateKind.DECIDED_REFUSED,
                        Map.of("reasons", String.join("; ", reasons), "unitName", unitName)));
    }

    /** The appointment cannot be kept: the apology with the reason and the new date (Mẫu 04). */
    @Transactional
    public void deadlineExtended(String eventId, String eventType, UUID dossierId, String dossierCode, String reason,
            Instant newDueAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, addressee, TemplateKind.DEADLINE_EXTENDED,
                Map.of("reason", reason == null ? "" : reason, "newDueAt", forPeople(newDueAt))));
    }

    /** The applicant completed the dossier: confirm it, with the appointment that now applies. */
    @Transactional
    public void dossierSupplemented(String eventId, String eventType, UUID dossierId, String dossierCode, Instant dueAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, addressee, TemplateKind.SUPPLEMENTED, Map.of("dueAt", forPeople(dueAt))));
    }

    /** Processing stopped at the applicant's request: confirm it. */
    @Transactional
    public void dossierWithdrawn(String eventId, String eventType, UUID dossierId, String dossierCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        send(addressee, create(eventId, eventType, addressee, TemplateKind.WITHDRAWN,
                Map.of("unitName", unitName(addressee.receivingUnitCode()))));
    }

    /**
     * One notification per event (the inbox applies each event once, so no duplicate check is needed), its text
     * rendered from the kind's template; the log channel shows the SMS text.
     */
    private Notification create(String eventId, String eventType, DossierAddressee addressee, TemplateKind kind,
            Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("dossierCode", addressee.dossierCode());
        all.put("applicantName", addressee.applicantFullName() == null ? "" : addressee.applicantFullName());
        return new Notification(addressee.dossierId(), addressee.dossierCode(), eventId, eventType, Recipient.APPLICANT,
                channel.name(), templates.render(kind, TemplateChannel.SMS, all), clock.instant());
    }

    /** The unit's name for people ("Phường Cẩm Thành"); its code if the directory lacks it; nothing for none. */
    private String unitName(String code) {
        String name = units.nameOf(code);
        return name != null ? name : code == null ? "" : code;
    }

    private static String forPeople(Instant at) {
        return at == null ? "" : ProvinceTime.forPeople(at);
    }

    /** Delivers a new notification (or holds it) and stores it as it ends up: one insert, no update. */
    private void send(DossierAddressee addressee, Notification notification) {
        deliver(addressee, notification);
        notifications.persist(notification);
    }

    /** Hands the notification to the channel, or holds it (pending) until intake's event names the applicant. */
    private void deliver(DossierAddressee addressee, Notification notification) {
        if (addressee.applicantKnown()) {
            channel.deliver(notification.dossierCode(), addressee.applicantFullName(), notification.message());
            notification.markSent(clock.instant());
        }
    }
}
