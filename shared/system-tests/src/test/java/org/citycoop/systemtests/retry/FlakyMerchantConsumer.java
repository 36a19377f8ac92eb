package org.citycoop.systemtests.retry;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/** Fails for a merchant as often as told, as a consumer does while its database is away. */
@Component
class FlakyMerchantConsumer {

    static final String CONSUMER = "flaky-consumer.merchants";

    final Map<UUID, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final Set<UUID> applied = ConcurrentHashMap.newKeySet();

    private final InboundEvents.EventConsumer consumer;

    FlakyMerchantConsumer(InboundEvents inbound) {
        consumer = inbound.consumer(CONSUMER).on(MerchantRegistered.class, this::apply).build();
    }

    private void apply(MerchantRegistered event) {
        attempts.computeIfAbsent(event.merchantId(), id -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = failuresLeft.get(event.merchantId());
        if (left != null && left.getAndDecrement() > 0) {
            throw new TransientDataAccessResourceException("simulated outage of the consumer's database");
        }
        applied.add(event.merchantId());
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MERCHANT_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
