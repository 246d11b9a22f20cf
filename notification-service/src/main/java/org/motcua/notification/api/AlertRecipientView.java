package org.motcua.notification.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motcua.notification.domain.alert.StaffRecipient;

/** A person who receives the alerts of a unit, or of the province ({@code scope} PROVINCE). */
@Schema(name = "AlertRecipient")
public record AlertRecipientView(UUID id, String scope, String fullName, String position, String email, String phone) {

    static AlertRecipientView of(StaffRecipient r) {
        return new AlertRecipientView(r.id(), r.scope(), r.fullName(), r.position(), r.email(), r.phone());
    }
}
