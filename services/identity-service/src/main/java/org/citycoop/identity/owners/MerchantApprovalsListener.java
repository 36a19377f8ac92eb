package org.citycoop.identity.owners;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Learns of approved merchants from {@code citycoop.merchant.events} and makes their applicants owners.
 * Other merchant events are skipped; each event applies once (processed_event); a payload that does not
 * match its type is dead-lettered at once, other failures after retries; an unknown applicant is logged,
 * audited and skipped (the event counts as processed).
 */
@Component
class MerchantApprovalsListener {

    static final String CONSUMER = "identity-service.owners";

    private final InboundEvents.EventConsumer consumer;

    MerchantApprovalsListener(InboundEvents inbound, ApprovedMerchants approved) {
        this.consumer = inbound.consumer(CONSUMER).on(MerchantRegistered.class, approved::apply).build();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MERCHANT_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
