package org.citycoop.redemption.merchants;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantClosed;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantSuspended;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Keeps {@link MerchantReplicas} up to date from {@code citycoop.merchant.events}. Each event
 * applies once (duplicates are skipped by id); a payload that does not match its type goes to the
 * dead-letter topic at once; other failures are retried with backoff, then dead-lettered.
 */
@Component
class MerchantEventsListener {

    static final String CONSUMER = "redemption-service.merchant-replica";

    private final InboundEvents.EventConsumer consumer;

    MerchantEventsListener(InboundEvents inbound, MerchantReplicas replicas) {
        this.consumer = inbound.consumer(CONSUMER)
                .on(MerchantRegistered.class, replicas::apply)
                .on(MerchantUpdated.class, replicas::apply)
                .on(MerchantSuspended.class, replicas::apply)
                .on(MerchantClosed.class, replicas::apply)
                .build();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MERCHANT_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
