package org.citycoop.analytics.readmodel;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.contracts.points.PointsConverted;
import org.citycoop.contracts.points.PointsExpired;
import org.citycoop.contracts.points.PointsReversed;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.contracts.voucher.VoucherTransferred;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * analytics-service consumes every topic, a poll per transaction; each consumer applies an event once,
 * demo history included (the generator's made-up past that other services skip). The listeners' ids
 * are their consumer groups, and the topics theirs in {@link ReadModelTopics}.
 */
@Component
class ReadModelListener {

    private final InboundEvents.EventConsumer identity;
    private final InboundEvents.EventConsumer merchants;
    private final InboundEvents.EventConsumer vouchers;
    private final InboundEvents.EventConsumer redemptions;
    private final InboundEvents.EventConsumer points;

    ReadModelListener(InboundEvents inbound, ReadModel model) {
        identity = inbound.consumer("analytics-service.identity").acceptingHistory().on(UserRegistered.class, model::shopper).build();
        merchants = inbound.consumer("analytics-service.merchants").acceptingHistory().on(MerchantRegistered.class, model::merchant)
                .on(MerchantUpdated.class, model::merchant).build();
        vouchers = inbound.consumer("analytics-service.vouchers").acceptingHistory().on(ProgramActivated.class, model::program).on(VoucherIssued.class, model::sale)
                .on(VoucherTransferred.class, model::transfer).on(VoucherExpired.class, model::expiry).on(VoucherCancelled.class, model::cancellation)
                .build();
        redemptions = inbound.consumer("analytics-service.redemptions").acceptingHistory().on(VoucherRedeemed.class, model::redemption)
                .on(RedemptionReversed.class, model::reversal).on(PurchaseRecorded.class, model::purchase).build();
        points = inbound.consumer("analytics-service.points").acceptingHistory().on(PointsAccrued.class, model::points).on(PointsConverted.class, model::points)
                .on(PointsExpired.class, model::points).on(PointsReversed.class, model::points).build();
    }

    @KafkaListener(id = "analytics-service.identity", topics = "${citycoop.analytics.topics.identity}", batch = "true")
    void onIdentity(List<ConsumerRecord<String, CloudEvent>> records) {
        identity.acceptBatch(records);
    }

    @KafkaListener(id = "analytics-service.merchants", topics = "${citycoop.analytics.topics.merchants}", batch = "true")
    void onMerchants(List<ConsumerRecord<String, CloudEvent>> records) {
        merchants.acceptBatch(records);
    }

    @KafkaListener(id = "analytics-service.vouchers", topics = "${citycoop.analytics.topics.vouchers}", batch = "true")
    void onVouchers(List<ConsumerRecord<String, CloudEvent>> records) {
        vouchers.acceptBatch(records);
    }

    @KafkaListener(id = "analytics-service.redemptions", topics = "${citycoop.analytics.topics.redemptions}", batch = "true")
    void onRedemptions(List<ConsumerRecord<String, CloudEvent>> records) {
        redemptions.acceptBatch(records);
    }

    @KafkaListener(id = "analytics-service.points", topics = "${citycoop.analytics.topics.points}", batch = "true")
    void onPoints(List<ConsumerRecord<String, CloudEvent>> records) {
        points.acceptBatch(records);
    }
}
