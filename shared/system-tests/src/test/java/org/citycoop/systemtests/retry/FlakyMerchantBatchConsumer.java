package org.citycoop.systemtests.retry;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * A batch consumer (a poll per transaction, as points-service's purchases) that fails for a merchant
 * as often as told. Its effect is a row in the database, so what a rolled-back batch did is undone
 * and "applied once" can be counted.
 */
@Component
class FlakyMerchantBatchConsumer {

    static final String CONSUMER = "flaky-consumer.merchants-in-batches";

    final Map<UUID, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    private final InboundEvents.EventConsumer consumer;
    private final JdbcClient jdbc;

    FlakyMerchantBatchConsumer(InboundEvents inbound, JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("CREATE TABLE IF NOT EXISTS batch_applied (merchant_id UUID NOT NULL)").update();
        consumer = inbound.consumer(CONSUMER).on(MerchantRegistered.class, this::apply).build();
    }

    private void apply(MerchantRegistered event) {
        jdbc.sql("INSERT INTO batch_applied (merchant_id) VALUES (:m)").param("m", event.merchantId()).update();
        AtomicInteger left = failuresLeft.get(event.merchantId());
        if (left != null && left.getAndDecrement() > 0) {
            throw new TransientDataAccessResourceException("simulated outage of the consumer's database");
        }
    }

    long timesApplied(UUID merchant) {
        return jdbc.sql("SELECT count(*) FROM batch_applied WHERE merchant_id = :m").param("m", merchant).query(Long.class).single();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MERCHANT_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, CloudEvent>> records) {
        consumer.acceptBatch(records);
    }
}
