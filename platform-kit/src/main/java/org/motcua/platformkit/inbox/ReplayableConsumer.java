package org.motcua.platformkit.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * A service's consumer of a channel ({@code mp.messaging.incoming.<channel>}), whose dead letters
 * ({@code <topic>.<group>.dlq}) can be applied again through it once their cause is fixed ({@link DeadLetterReplay}).
 */
public interface ReplayableConsumer {

    /** The channel it consumes: its topics and consumer group are the channel's. */
    String channel();

    /** Applies a poll of the channel's records, as it applies those it consumes (through the {@link Inbox}). */
    void apply(ConsumerRecords<String, String> records);
}
