package org.motcua.platformkit.events;

/**
 * A consumed message that can never be processed (broken envelope, unreadable or invalid data).
 * The consumer does not retry it: it goes to the consumer's dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
