package org.citycoop.contracts.events;

/**
 * An event one service publishes for others. Implementations are records annotated with
 * {@link EventType}; their JSON form is described by a schema in {@code schemas/<type>.json}.
 */
public interface IntegrationEvent {

    /**
     * The id of the aggregate the event is about. It becomes the CloudEvent {@code subject} and the
     * Kafka record key, so that all events of one aggregate stay in order on one partition.
     */
    String aggregateId();
}
