package org.citycoop.platform.events;

import java.time.Clock;
import java.util.UUID;

import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.IntegrationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes integration events from inside a business transaction. The event commits with the
 * state change or not at all; it reaches Kafka after the commit (see {@link CloudEventsKafkaTransport}).
 */
public class IntegrationEvents {

    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;

    public IntegrationEvents(ApplicationEventPublisher publisher, JsonMapper json, Clock clock, String serviceName) {
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
        this.source = "urn:citycoop:" + serviceName;
    }

    /**
     * Records {@code event} in the outbox of the current transaction.
     *
     * @throws IllegalStateException when called outside a transaction, where the event could be
     *                               lost or published for a change that never commits
     */
    public OutgoingEvent publish(IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Integration events are published inside the transaction of the state change; "
                    + event.getClass().getSimpleName() + " was published outside one");
        }
        OutgoingEvent outgoing = new OutgoingEvent(UUID.randomUUID().toString(), EventCatalog.typeOf(event.getClass()), source,
                event.aggregateId(), EventCatalog.topicOf(event.getClass()), clock.instant(), json.writeValueAsString(event));
        publisher.publishEvent(outgoing);
        return outgoing;
    }
}
