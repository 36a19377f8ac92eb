package org.citycoop.points.accrual;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.redemption.PurchaseRefunded;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What points-service consumes: purchases (accrual) and their refunds (reversal), merchants' sector and seat, shoppers' home city.
 * Each consumer applies an event once (the platform's processed-event record in the same transaction).
 */
@Component
class AccrualListener {

    static final String PURCHASES = "points-service.purchases";
    static final String MERCHANTS = "points-service.merchants";
    static final String SHOPPERS = "points-service.shoppers";

    private final InboundEvents.EventConsumer purchases;
    private final InboundEvents.EventConsumer merchants;
    private final InboundEvents.EventConsumer shoppers;

    AccrualListener(InboundEvents inbound, Accruals accruals, Reversals reversals, JdbcClient jdbc) {
        this.purchases = inbound.consumer(PURCHASES).on(PurchaseRecorded.class, accruals::accrue).on(PurchaseRefunded.class, reversals::reverse).build();
        this.merchants = inbound.consumer(MERCHANTS)
                .on(MerchantRegistered.class, e -> merchant(jdbc, e.merchantId(), e.naceCode(), e.cityCode()))
                .on(MerchantUpdated.class, e -> merchant(jdbc, e.merchantId(), e.naceCode(), e.cityCode()))
                .build();
        this.shoppers = inbound.consumer(SHOPPERS)
                .on(UserRegistered.class, e -> {
                    if (e.roles().contains("SHOPPER")) {
                        jdbc.sql("""
                                INSERT INTO shopper (shopper_id, home_city) VALUES (:s, :city)
                                ON CONFLICT (shopper_id) DO UPDATE SET home_city = excluded.home_city""")
                                .param("s", e.userId()).param("city", e.homeCity()).update();
                    }
                })
                .build();
    }

    private static void merchant(JdbcClient jdbc, java.util.UUID merchant, String nace, String city) {
        jdbc.sql("""
                INSERT INTO merchant (merchant_id, nace_code, city_code) VALUES (:m, :nace, :city)
                ON CONFLICT (merchant_id) DO UPDATE SET nace_code = excluded.nace_code, city_code = excluded.city_code""")
                .param("m", merchant).param("nace", nace).param("city", city).update();
    }

    /** A poll's purchases in one transaction (see {@link InboundEvents.EventConsumer#acceptBatch}): the accrual benchmark's throughput. */
    @KafkaListener(id = PURCHASES, topics = Topics.REDEMPTION_EVENTS, batch = "true", concurrency = "${citycoop.points.accrual.consumers}")
    void onRedemptionEvents(List<ConsumerRecord<String, io.cloudevents.CloudEvent>> records) {
        purchases.acceptBatch(records);
    }

    @KafkaListener(id = MERCHANTS, topics = Topics.MERCHANT_EVENTS)
    void onMerchantEvent(ConsumerRecord<String, io.cloudevents.CloudEvent> record) {
        merchants.accept(record.value());
    }

    @KafkaListener(id = SHOPPERS, topics = Topics.IDENTITY_EVENTS)
    void onIdentityEvent(ConsumerRecord<String, io.cloudevents.CloudEvent> record) {
        shoppers.accept(record.value());
    }
}
