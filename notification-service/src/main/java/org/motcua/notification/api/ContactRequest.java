package org.motcua.notification.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Whose choices: an email, a phone number, or both. */
public record ContactRequest(@Email @Size(max = 200) String email, @Size(max = 20) String phone) {
}
