package org.motcua.notification.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person to alert, as a province administrator enters them: an email or a phone number at least. */
public record AlertRecipientRequest(@NotBlank @Size(max = 200) String fullName, @Size(max = 200) String position,
        @Email @Size(max = 200) String email, @Size(max = 20) String phone) {
}
