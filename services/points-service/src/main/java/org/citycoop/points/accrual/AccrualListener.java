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

    AccrualListener(InboundEvents inbound, Accruals accruals, Reversals reversals, Replicas replicas) {
        this.purchases = inbound.consumer(PURCHASES).on(PurchaseRecorded.class, accruals::accrue).on(PurchaseRefunded.class, reversals::reverse).build();
        this.merchants = inbound.consumer(MERCHANTS)
                .on(MerchantRegistered.class, e -> replicas.merchant(e.merchantId(), e.naceCode(), e.cityCode()))
                .on(MerchantUpdated.class, e -> replicas.merchant(e.merchantId(), e.naceCode(), e.cityCode()))
                .build();
        this.shoppers = inbound.consumer(SHOPPERS)
                .on(UserRegistered.class, e -> {
                    if (e.roles().contains("SHOPPER")) {
                        replicas.shopper(e.userId(), e.homeCity());
                    }
                })
                .build();
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
