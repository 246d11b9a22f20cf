package org.motcua.intake.service.registry;

/** A registry answered with a server error: worth a retry, counted by the circuit breaker. */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message) {
        super(message);
    }
}
