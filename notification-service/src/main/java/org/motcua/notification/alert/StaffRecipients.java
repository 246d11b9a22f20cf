package org.motcua.notification.alert;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.notification.delivery.NotificationWriter.Person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Who is told about a unit's alerts: its leaders, and the provincial office. */
@ApplicationScoped
public class StaffRecipients implements PanacheRepositoryBase<StaffRecipient, UUID> {

    /** A recipient as an administrator lists them. */
    public record Entry(String fullName, String position, String email, String phone) {
    }

    private final Clock clock;

    StaffRecipients(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public List<StaffRecipient> ofScope(String scope) {
        return list("scope", Sort.by("fullName").and("id"), scope);
    }

    /** Replaces the recipients of a scope (a unit's code, or PROVINCE). */
    @Transactional
    public List<StaffRecipient> replace(String scope, List<Entry> entries) {
        delete("scope", scope);
        entries.forEach(e -> persist(new StaffRecipient(scope, e.fullName(), e.position(), e.email(), e.phone(),
                clock.instant())));
        return ofScope(scope);
    }

    /** The people to tell about a unit: its own leaders, then the provincial office. */
    public List<Person> about(String unitCode, boolean andProvince) {
        List<StaffRecipient> found = andProvince
                ? list("scope in ?1", Sort.by("scope").and("fullName"), List.of(unitCode, StaffRecipient.PROVINCE))
                : list("scope", Sort.by("fullName"), unitCode);
        return found.stream().map(r -> new Person(r.id().toString(), r.fullName(), r.email(), r.phone())).toList();
    }
}
