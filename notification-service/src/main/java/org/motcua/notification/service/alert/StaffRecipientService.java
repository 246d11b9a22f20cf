package org.motcua.notification.service.alert;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.notification.domain.alert.StaffRecipient;
import org.motcua.notification.domain.alert.StaffRecipientRepository;
import org.motcua.notification.service.delivery.NotificationWriter.Person;

/** Who is told about a unit's alerts: its leaders, and the provincial office. */
@ApplicationScoped
public class StaffRecipientService {

    /** A recipient as an administrator lists them. */
    public record Entry(String fullName, String position, String email, String phone) {
    }

    private final StaffRecipientRepository recipients;
    private final Clock clock;

    StaffRecipientService(StaffRecipientRepository recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    @Transactional
    public List<StaffRecipient> ofScope(String scope) {
        return recipients.ofScope(scope);
    }

    /** Replaces the recipients of a scope (a unit's code, or PROVINCE). */
    @Transactional
    public List<StaffRecipient> replace(String scope, List<Entry> entries) {
        recipients.delete("scope", scope);
        entries.forEach(e -> recipients.persist(new StaffRecipient(scope, e.fullName(), e.position(), e.email(),
                e.phone(), clock.instant())));
        return recipients.ofScope(scope);
    }

    /** The people to tell about a unit: its own leaders, then (when asked) the provincial office. */
    public List<Person> about(String unitCode, boolean andProvince) {
        return recipients.about(unitCode, andProvince).stream()
                .map(r -> new Person(r.id().toString(), r.fullName(), r.email(), r.phone())).toList();
    }
}
