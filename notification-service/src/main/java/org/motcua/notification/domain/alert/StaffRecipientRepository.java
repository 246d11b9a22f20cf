package org.motcua.notification.domain.alert;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The staff recipients of alerts, by scope: a unit's code, or {@link StaffRecipient#PROVINCE}. */
@ApplicationScoped
public class StaffRecipientRepository implements PanacheRepositoryBase<StaffRecipient, UUID> {

    public List<StaffRecipient> ofScope(String scope) {
        return list("scope", Sort.by("fullName").and("id"), scope);
    }

    /** A unit's own recipients, then (when asked) the provincial office's. */
    public List<StaffRecipient> about(String unitCode, boolean andProvince) {
        return andProvince
                ? list("scope in ?1", Sort.by("scope").and("fullName"), List.of(unitCode, StaffRecipient.PROVINCE))
                : list("scope", Sort.by("fullName"), unitCode);
    }
}
