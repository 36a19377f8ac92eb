package org.citycoop.voucher.issuance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.points.RewardVoucherRequested;
import org.citycoop.platform.messaging.InboundEvents;
import org.citycoop.platform.messaging.PoisonEventException;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Issues reward vouchers that points-service requests ({@code RewardVoucherRequested} on
 * {@code citycoop.points.events}) into the shopper's wallet: exactly once per request id (the event id
 * dedups redeliveries; the request id a request published twice). A request for a program that is not
 * active, or in another currency, cannot be fulfilled and goes to the dead-letter topic with the reason.
 */
@Component
class RewardVouchers {

    static final String CONSUMER = "voucher-service.rewards";

    private final JdbcClient jdbc;
    private final Programs programs;
    private final Issuance issuance;
    private final InboundEvents.EventConsumer consumer;

    RewardVouchers(JdbcClient jdbc, Programs programs, Issuance issuance, InboundEvents inbound) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.issuance = issuance;
        this.consumer = inbound.consumer(CONSUMER).on(RewardVoucherRequested.class, this::issue).build();
    }

    void issue(RewardVoucherRequested request) {
        boolean known = jdbc.sql("SELECT count(*) FROM reward_request WHERE request_id = :id").param("id", request.requestId()).query(Long.class).single() > 0;
        if (known) {
            return;
        }
        Program program = programs.byId(request.programId()).filter(p -> p.status() == Program.Status.ACTIVE)
                .orElseThrow(() -> new PoisonEventException("reward request " + request.requestId() + ": program " + request.programId() + " is not active"));
        if (!program.currency().equals(request.currency())) {
            throw new PoisonEventException("reward request " + request.requestId() + ": program sells in " + program.currency() + ", not " + request.currency());
        }
        jdbc.sql("INSERT INTO shopper (id, home_city, registered_at) VALUES (:id, NULL, now()) ON CONFLICT (id) DO NOTHING")
                .param("id", request.shopperId()).update();
        // a reward is all issuer's money: nothing paid, the whole face value subsidised
        Money value = Money.of(request.amount(), Currency.valueOf(request.currency()));
        Voucher voucher = issuance.issueReward(program, value, request.shopperId());
        jdbc.sql("INSERT INTO reward_request (request_id, shopper_id, voucher_id, points_spent) VALUES (:r, :s, :v, :p)")
                .param("r", request.requestId()).param("s", request.shopperId()).param("v", voucher.id()).param("p", request.pointsSpent()).update();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.POINTS_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
