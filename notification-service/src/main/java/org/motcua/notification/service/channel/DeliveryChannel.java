package org.motcua.notification.service.channel;

/** Hands messages to one channel. Implementations answer every failure with an outcome, never an exception. */
public interface DeliveryChannel {

    Channel channel();

    /** Tries once; blocks until the channel answered or timed out. */
    DeliveryOutcome send(OutgoingMessage message);
}
