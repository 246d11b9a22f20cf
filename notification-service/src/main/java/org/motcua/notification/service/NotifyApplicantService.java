package org.motcua.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.notification.domain.DossierAddressee;
import org.motcua.notification.domain.DossierAddresseeRepository;
import org.motcua.notification.domain.Notification;
import org.motcua.notification.service.HeldMessages.Held;
import org.motcua.notification.service.delivery.ContactPreferences;
import org.motcua.notification.service.delivery.NotificationWriter;
import org.motcua.notification.service.template.TemplateKind;
import org.motcua.platformkit.data.UnitDirectory;
import org.motcua.platformkit.pdf.ApologyLetter;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * Tells the applicant about each step of their dossier: for each event, one notification per channel that
 * reaches them, held until the applicant is known (intake's event may arrive after routing's).
 */
@ApplicationScoped
public class NotifyApplicantService {

    private final DossierAddresseeRepository addressees;
    private final NotificationWriter writer;
    private final HeldMessages held;
    private final ContactPreferences preferences;
    private final UnitDirectory units;
    private final Clock clock;

    NotifyApplicantService(DossierAddresseeRepository addressees, NotificationWriter writer, HeldMessages held,
            ContactPreferences preferences, UnitDirectory units, Clock clock) {
        this.addressees = addressees;
        this.writer = writer;
        this.held = held;
        this.preferences = preferences;
        this.units = units;
        this.clock = clock;
    }

    /** A new dossier's applicant, as intake's event names them. */
    public record NewDossier(UUID dossierId, String dossierCode, String email, String phone) {
    }

    /**
     * Before a poll's events: creates the new dossiers' addressees and locks all the dossiers' addressees, and reads
     * the choices of everyone to tell, each in one statement for the whole poll.
     */
    @Transactional
    public void prepare(Set<UUID> dossierIds, List<NewDossier> newDossiers) {
        Map<UUID, String> codes = new HashMap<>();
        List<String[]> people = new ArrayList<>();
        for (NewDossier d : newDossiers) {
            codes.putIfAbsent(d.dossierId(), d.dossierCode());
            people.add(new String[] { d.email(), d.phone() });
        }
        for (DossierAddressee a : addressees.lockAll(dossierIds, codes, clock.instant())) {
            if (a.applicantKnown()) {
                people.add(new String[] { a.email(), a.phone() });
            }
        }
        preferences.readAhead(people);
    }

    /** The applicant as intake announced them: name, reference (keyed hash of the citizen ID, if any), contacts. */
    public record Applicant(String fullName, String reference, String email, String phone) {
    }

    /** The dossier was received: remember the applicant and tell them, then what was held for them. */
    @Transactional
    @SuppressWarnings("java:S107")
    public void dossierReceived(String eventId, String eventType, UUID dossierId, String dossierCode,
            String procedureName, Applicant applicant, String receivingUnitCode, Instant submittedAt, Instant dueAt,
            boolean dueAtProvisional) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        addressee.recordApplicant(applicant.fullName(), applicant.reference(), applicant.email(), applicant.phone(),
                receivingUnitCode, clock.instant());
        // a provisional date (a year without its official calendar) says so; the recounted one follows when loaded
        String due = dueAt == null ? "" : forPeople(dueAt) + (dueAtProvisional ? " (tạm tính)" : "");
        tell(addressee, eventId, eventType, TemplateKind.RECEIVED, Map.of("procedureName", procedureName,
                "receivedAt", ProvinceTime.forPeople(submittedAt), "dueAt", due,
                "unitName", unitName(receivingUnitCode)));
        if (addressee.takeHeld()) {
            for (Held message : held.release(dossierId)) {
                write(addressee, message);
            }
        }
    }

    /** Routing chose the unit that processes the dossier: tell the applicant. */
    @Transactional
    public void dossierAssigned(String eventId, String eventType, UUID dossierId, String dossierCode,
            String receivingUnitCode, String processingUnitCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        addressee.recordProcessingUnit(receivingUnitCode, processingUnitCode, clock.instant());
        tell(addressee, eventId, eventType, TemplateKind.ASSIGNED, Map.of("unitName", unitName(processingUnitCode)));
    }

    /** The dossier moved to another unit: tell the applicant where it is processed now. */
    @Transactional
    public void dossierTransferred(String eventId, String eventType, UUID dossierId, String dossierCode,
            String toUnitCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        tell(addressee, eventId, eventType, TemplateKind.TRANSFERRED, Map.of("unitName", unitName(toUnitCode)));
    }

    /** The processing unit needs more from the applicant (Mẫu 02): say what, and that the clock waits. */
    @Transactional
    public void supplementRequested(String eventId, String eventType, UUID dossierId, String dossierCode,
            List<String> reasons) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        tell(addressee, eventId, eventType, TemplateKind.SUPPLEMENT_REQUESTED,
                Map.of("reasons", String.join("; ", reasons)));
    }

    /** The dossier was decided: the result to collect, or the reasons of the refusal (Mẫu 03). */
    @Transactional
    public void dossierDecided(String eventId, String eventType, UUID dossierId, String dossierCode, boolean approved,
            String resultReference, List<String> reasons) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        String unitName = unitName(addressee.receivingUnitCode());
        if (approved) {
            tell(addressee, eventId, eventType, TemplateKind.DECIDED_APPROVED,
                    Map.of("resultReference", resultReference == null ? "" : resultReference, "unitName", unitName));
        } else {
            tell(addressee, eventId, eventType, TemplateKind.DECIDED_REFUSED,
                    Map.of("reasons", String.join("; ", reasons), "unitName", unitName));
        }
    }

    /** The appointment cannot be kept: the apology with the reason and the new date, the letter (Mẫu 04) attached. */
    @Transactional
    public void apologyIssued(String eventId, String eventType, UUID dossierId, String dossierCode,
            ApologyLetter letter) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        tell(addressee, new Held(eventId, eventType, TemplateKind.DEADLINE_EXTENDED,
                Map.of("reason", letter.reason(), "newDueAt", forPeople(letter.newDueAt())), letter));
    }

    /** The appointment was counted again on the year's official calendar: the new date, and why. */
    @Transactional
    public void appointmentChanged(String eventId, String eventType, UUID dossierId, String dossierCode, String reason,
            Instant previousDueAt, Instant newDueAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        tell(addressee, eventId, eventType, TemplateKind.APPOINTMENT_CHANGED, Map.of("reason", reason,
                "previousDueAt", forPeople(previousDueAt), "newDueAt", forPeople(newDueAt)));
    }

    /** The appointment passed without a result: apologise, and say the unit is on it. */
    @Transactional
    public void dossierOverdue(String eventId, String eventType, UUID dossierId, String dossierCode,
            String processingUnitCode, Instant dueAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        tell(addressee, eventId, eventType, TemplateKind.OVERDUE,
                Map.of("dueAt", forPeople(dueAt), "unitName", unitName(processingUnitCode)));
    }

    /** The applicant completed the dossier: confirm it, with the appointment that now applies. */
    @Transactional
    public void dossierSupplemented(String eventId, String eventType, UUID dossierId, String dossierCode, Instant dueAt) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        tell(addressee, eventId, eventType, TemplateKind.SUPPLEMENTED, Map.of("dueAt", forPeople(dueAt)));
    }

    /** Processing stopped at the applicant's request: confirm it. */
    @Transactional
    public void dossierWithdrawn(String eventId, String eventType, UUID dossierId, String dossierCode) {
        DossierAddressee addressee = addressees.lockOrCreate(dossierId, dossierCode, clock.instant());
        tell(addressee, eventId, eventType, TemplateKind.WITHDRAWN,
                Map.of("unitName", unitName(addressee.receivingUnitCode())));
    }

    /** Writes the event's notifications now, or holds them until intake's event names the applicant. */
    private void tell(DossierAddressee addressee, String eventId, String eventType, TemplateKind kind,
            Map<String, String> values) {
        tell(addressee, new Held(eventId, eventType, kind, values, null));
    }

    private void tell(DossierAddressee addressee, Held message) {
        if (addressee.applicantKnown()) {
            write(addressee, message);
        } else {
            held.hold(addressee.dossierId(), message, clock.instant());
            addressee.markHeld();
        }
    }

    private void write(DossierAddressee addressee, Held message) {
        Map<String, String> values = new HashMap<>(message.values());
        values.put("dossierCode", addressee.dossierCode());
        writer.write(new Notification.About(addressee.dossierId(), addressee.dossierCode(),
                addressee.receivingUnitCode(), message.eventId(), message.eventType(), message.kind().name()),
                new NotificationWriter.Person(Notification.APPLICANT, addressee.applicantFullName(), addressee.email(),
                        addressee.phone()),
                message.kind(), values, message.apologyLetter());
    }

    /** The unit's name for people ("Phường Cẩm Thành"). */
    private String unitName(String code) {
        return units.nameForPeople(code);
    }

    private static String forPeople(Instant at) {
        return at == null ? "" : ProvinceTime.forPeople(at);
    }
}
