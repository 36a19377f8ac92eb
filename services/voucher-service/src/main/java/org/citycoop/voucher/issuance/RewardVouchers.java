package org.citycoop.voucher.issuance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.points.RewardVoucherRequested;
import org.citycoop.platform.messaging.InboundEvents;
import org.citycoop.platform.messaging.PoisonEventException;
import org.citycoop.voucher.issuance.decision.RewardRefusal;
import org.citycoop.voucher.issuance.decision.RewardRequest;
import org.citycoop.voucher.issuance.decision.Rewarding;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.citycoop.voucher.shoppers.Shoppers;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Issues reward vouchers that points-service requests ({@code RewardVoucherRequested} on
 * {@code citycoop.points.events}) into the shopper's wallet: exactly once per request id (the event id
 * dedups redeliveries; the request id a request published twice). A request {@link Rewarding} refuses
 * (a program that is not active, another currency) cannot be fulfilled and goes to the dead-letter topic with the reason.
 */
@Component
class RewardVouchers {

    static final String CONSUMER = "voucher-service.rewards";

    private final Rewarding rewarding = Rewarding.withAllCurrentPolicies();
    private final RewardRequests requests;
    private final Programs programs;
    private final Shoppers shoppers;
    private final Issuance issuance;
    private final InboundEvents.EventConsumer consumer;

    RewardVouchers(RewardRequests requests, Programs programs, Shoppers shoppers, Issuance issuance, InboundEvents inbound) {
        this.requests = requests;
        this.programs = programs;
        this.shoppers = shoppers;
        this.issuance = issuance;
        this.consumer = inbound.consumer(CONSUMER).on(RewardVoucherRequested.class, this::issue).build();
    }

    void issue(RewardVoucherRequested request) {
        boolean known = requests.fulfilled(request.requestId());
        Program program = known ? null : programs.byId(request.programId()).orElse(null);
        var asked = new RewardRequest(request.requestId(), request.programId(), program == null ? null : Offers.of(program), request.currency(),
                request.amount(), known);
        switch (rewarding.decide(asked)) {
            case Rewarding.AlreadyIssued() -> {
            }
            case Rewarding.Refused(RewardRefusal refusal) -> throw new PoisonEventException(refusal.reason());
            case Rewarding.Issue(Money value) -> {
                shoppers.ensure(request.shopperId(), null);
                // a reward is all issuer's money: nothing paid, the whole face value subsidised
                Voucher voucher = issuance.issueReward(program, value, request.shopperId());
                requests.fulfil(request.requestId(), request.shopperId(), voucher.id(), request.pointsSpent());
            }
        }
    }

    @KafkaListener(id = CONSUMER, topics = Topics.POINTS_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
