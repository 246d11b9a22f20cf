package org.motcua.notification.service.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.notification.service.channel.OutgoingMessage;
import org.motcua.platformkit.pdf.ApologyLetter;
import org.motcua.platformkit.security.PersonalDataCipher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The apology letter (Mẫu 04) a mail carries: kept with the message as the content intake announced, made into the
 * same PDF intake serves (platform-kit's {@link ApologyLetter}) when the mail is sent.
 */
@ApplicationScoped
public class ApologyLetters {

    private final ObjectMapper json;
    private final PersonalDataCipher cipher;

    ApologyLetters(ObjectMapper json, PersonalDataCipher cipher) {
        this.json = json;
        this.cipher = cipher;
    }

    /** The letter as it is kept with a message: encrypted, as it names the applicant. */
    public String stored(ApologyLetter letter) {
        try {
            return letter == null ? null : cipher.encrypt(json.writeValueAsString(letter));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("apology letter not writable", e);
        }
    }

    /** The letter as it is kept with a message, read back. */
    public ApologyLetter read(String stored) {
        try {
            return stored == null ? null : json.readValue(cipher.decrypt(stored), ApologyLetter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("apology letter unreadable", e);
        }
    }

    /** The PDF attached to the mail. */
    public OutgoingMessage.Attachment attachment(String stored) {
        ApologyLetter letter = read(stored);
        return new OutgoingMessage.Attachment(letter.fileName(), "application/pdf", letter.toPdf());
    }
}
