package org.citycoop.identity.terminals;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.TerminalRegistered;
import org.citycoop.contracts.merchant.TerminalRetired;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Learns of terminals from {@code citycoop.merchant.events}: a registration lets their owner issue
 * credentials, a retirement revokes them. Other merchant events are skipped; each event applies once;
 * a payload that does not match its type is dead-lettered at once, other failures after retries.
 */
@Component
class TerminalEventsListener {

    static final String CONSUMER = "identity-service.terminals";

    private final InboundEvents.EventConsumer consumer;

    TerminalEventsListener(InboundEvents inbound, Terminals terminals, TerminalCredentials credentials) {
        this.consumer = inbound.consumer(CONSUMER)
                .on(TerminalRegistered.class, terminals::apply)
                .on(TerminalRetired.class, credentials::retired)
                .build();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MERCHANT_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
