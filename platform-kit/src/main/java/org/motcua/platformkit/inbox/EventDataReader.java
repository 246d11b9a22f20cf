package org.motcua.platformkit.inbox;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.motcua.platformkit.events.MalformedEventException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads event data into a consumer's record and rejects what does not satisfy its constraints. */
@ApplicationScoped
class EventDataReader {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    EventDataReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    <T> T read(String json, Class<T> type) {
        T data;
        try {
            data = objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("unreadable event data for " + type.getSimpleName(), e);
        }
        if (data == null) {
            throw new MalformedEventException("empty event data");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("invalid event data: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
        return data;
    }
}
