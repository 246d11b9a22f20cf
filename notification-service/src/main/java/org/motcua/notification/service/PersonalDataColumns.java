package org.motcua.notification.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.motcua.notification.service.delivery.ContactKeys;
import org.motcua.platformkit.security.EncryptedColumns;

/**
 * Notification's columns of encrypted personal data: the applicant of each dossier, each message's recipient, address
 * and text (with the address's keyed hash, filled in for messages written before it), and the apology letters.
 */
@ApplicationScoped
class PersonalDataColumns {

    @Produces
    EncryptedColumns addressees() {
        return new EncryptedColumns("dossier_addressee", "dossier_id", List.of("applicant_full_name", "email", "phone"));
    }

    @Produces
    EncryptedColumns messages(ContactKeys contactKeys) {
        return new EncryptedColumns("notification", "id",
                List.of("recipient_name", "address", "message", "apology_letter"),
                List.of(new EncryptedColumns.Lookup("address_key", "address", contactKeys::ofAddress)));
    }

    @Produces
    EncryptedColumns heldLetters() {
        return new EncryptedColumns("held_message", "event_id", List.of("apology_letter"));
    }
}
