package org.motcua.records.domain.migration;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A migration's source system kept as its code. */
@Converter
public class SourceSystemColumn implements AttributeConverter<SourceSystem, String> {

    @Override
    public String convertToDatabaseColumn(SourceSystem system) {
        return system == null ? null : system.name();
    }

    @Override
    public SourceSystem convertToEntityAttribute(String code) {
        return code == null ? null : SourceSystem.get(code);
    }
}
