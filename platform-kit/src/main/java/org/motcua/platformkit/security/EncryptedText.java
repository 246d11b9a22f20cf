package org.motcua.platformkit.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A column of personal data, encrypted in the database and clear in the entity ({@link PersonalDataCipher}):
 * {@code @Convert(converter = EncryptedText.class)}. Such a column is never searched or compared in SQL.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private volatile PersonalDataCipher cipher;

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher().decrypt(stored);
    }

    /** Hibernate makes the converter; the cipher, with its keys, is the application's. */
    private PersonalDataCipher cipher() {
        PersonalDataCipher found = cipher;
        if (found == null) {
            found = CDI.current().select(PersonalDataCipher.class).get();
            cipher = found;
        }
        return found;
    }
}
