package org.motcua.notification.service.channel;

/** Hands messages to one channel. Implementations answer every failure with an outcome, never an exception. */
public interface DeliveryChannel {

    Channel channel();

    /**
     * Whether the channel itself delivers a message once, however often it is handed over (it knows the message by
     * the notification's id): a message tried again after its worker died needs no record of the acceptance then.
     */
    default boolean deliversOnce() {
        return false;
    }

    /** Tries once; blocks until the channel answered or timed out. */
    DeliveryOutcome send(OutgoingMessage message);
}
