package org.citycoop.voucher.balances;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.platform.messaging.InboundEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Follows redemption-service ({@code citycoop.redemption.events}): each redemption and reversal goes
 * into the voucher's history once, and the balance it reports becomes the wallet's balance if it is
 * newer (by sequence) than the one held. Events of vouchers this service does not know are dead-lettered.
 */
@Component
public class VoucherBalances {

    /** One entry of a voucher's history. */
    public record Entry(UUID id, String kind, long amount, String currency, UUID merchantId, Instant happenedAt) {
    }

    static final String CONSUMER = "voucher-service.balances";

    private final JdbcClient jdbc;
    private final InboundEvents.EventConsumer consumer;

    VoucherBalances(JdbcClient jdbc, InboundEvents inbound) {
        this.jdbc = jdbc;
        this.consumer = inbound.consumer(CONSUMER)
                .on(VoucherRedeemed.class, e -> apply(e.redemptionId(), e.voucherId(), "REDEEMED", e.amount(), e.currency(), e.merchantId(),
                        e.redeemedAt(), e.balanceAfter(), e.sequence()))
                .on(RedemptionReversed.class, e -> apply(e.reversalId(), e.voucherId(), "REVERSED", e.amount(), e.currency(), e.merchantId(),
                        e.reversedAt(), e.balanceAfter(), e.sequence()))
                .build();
    }

    public List<Entry> history(UUID voucherId) {
        return jdbc.sql("SELECT id, kind, amount, currency, merchant_id, happened_at FROM voucher_history WHERE voucher_id = :v ORDER BY happened_at DESC")
                .param("v", voucherId).query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getLong("amount"),
                        rs.getString("currency").strip(), rs.getObject("merchant_id", UUID.class), rs.getTimestamp("happened_at").toInstant()))
                .list();
    }

    private void apply(UUID id, UUID voucherId, String kind, long amount, String currency, UUID merchantId, Instant at, long balanceAfter, long sequence) {
        boolean known = jdbc.sql("SELECT count(*) FROM voucher WHERE id = :v").param("v", voucherId).query(Long.class).single() > 0;
        if (!known) {
            throw new org.citycoop.platform.messaging.PoisonEventException("voucher " + voucherId + " is not known to voucher-service");
        }
        jdbc.sql("""
                INSERT INTO voucher_history (id, voucher_id, kind, amount, currency, merchant_id, happened_at)
                VALUES (:id, :v, :kind, :amount, :currency, :m, :at) ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("v", voucherId).param("kind", kind).param("amount", amount).param("currency", currency).param("m", merchantId)
                .param("at", Timestamp.from(at)).update();
        jdbc.sql("UPDATE voucher SET balance = :balance, balance_sequence = :seq WHERE id = :v AND balance_sequence < :seq")
                .param("balance", balanceAfter).param("seq", sequence).param("v", voucherId).update();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.REDEMPTION_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
