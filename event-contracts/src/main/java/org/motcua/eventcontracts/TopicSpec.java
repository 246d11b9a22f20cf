package org.motcua.eventcontracts;

/** A Kafka topic of the platform and its partition count, as the AsyncAPI document declares it. */
public record TopicSpec(String name, int partitions) {
}
