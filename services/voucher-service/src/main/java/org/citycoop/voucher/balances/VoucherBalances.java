package org.citycoop.voucher.balances;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycoop.contracts.events.Topics;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.platform.messaging.InboundEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;

/**
 * Follows redemption-service ({@code citycoop.redemption.events}): each redemption and reversal goes
 * into the voucher's history once, and the balance it reports becomes the wallet's balance if it is
 * newer (by sequence) than the one held. Events of vouchers this service does not know are dead-lettered.
 * Where the shop's currency differs from the voucher's, the entry keeps what the shop took in its
 * currency and the rate: a reversal gives back the same share of its redemption's shop amount.
 */
@Component
public class VoucherBalances {

    /** One entry of a voucher's history; the shop's amount (minor units), currency and rate only where its currency differs. */
    public record Entry(UUID id, String kind, long amount, String currency, UUID merchantId, Instant happenedAt, @Nullable Long shopAmount,
            @Nullable String shopCurrency, @Nullable BigDecimal exchangeRate) {
    }

    /** What the shop took in its own currency, at which rate. */
    record InShop(long amount, String currency, BigDecimal rate) {
    }

    static final String CONSUMER = "voucher-service.balances";

    private final JdbcClient jdbc;
    private final InboundEvents.EventConsumer consumer;

    VoucherBalances(JdbcClient jdbc, InboundEvents inbound) {
        this.jdbc = jdbc;
        this.consumer = inbound.consumer(CONSUMER)
                .on(VoucherRedeemed.class, e -> apply(e.redemptionId(), e.voucherId(), "REDEEMED", e.amount(), e.currency(), e.merchantId(),
                        e.redeemedAt(), e.balanceAfter(), e.sequence(), inShop(e)))
                .on(RedemptionReversed.class, e -> apply(e.reversalId(), e.voucherId(), "REVERSED", e.amount(), e.currency(), e.merchantId(),
                        e.reversedAt(), e.balanceAfter(), e.sequence(), givenBack(e)))
                .build();
    }

    public List<Entry> history(UUID voucherId) {
        return jdbc.sql("""
                SELECT id, kind, amount, currency, merchant_id, happened_at, shop_amount, shop_currency, exchange_rate
                FROM voucher_history WHERE voucher_id = :v ORDER BY happened_at DESC""")
                .param("v", voucherId).query((rs, n) -> {
                    long shopAmount = rs.getLong("shop_amount");
                    boolean sameCurrency = rs.wasNull();
                    return new Entry(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getLong("amount"), rs.getString("currency").strip(),
                            rs.getObject("merchant_id", UUID.class), rs.getTimestamp("happened_at").toInstant(), sameCurrency ? null : shopAmount,
                            sameCurrency ? null : rs.getString("shop_currency").strip(), sameCurrency ? null : rs.getBigDecimal("exchange_rate"));
                })
                .list();
    }

    private static @Nullable InShop inShop(VoucherRedeemed e) {
        return e.merchantCurrency().equals(e.currency()) ? null : new InShop(e.merchantAmount(), e.merchantCurrency(), new BigDecimal(e.exchangeRate()));
    }

    /** The share of the redemption's shop amount that this reversal gives back, rounded half up as redemption-service credits it. */
    private @Nullable InShop givenBack(RedemptionReversed e) {
        record Redeemed(long amount, @Nullable Long shopAmount, @Nullable String shopCurrency, @Nullable BigDecimal exchangeRate) {
        }
        Optional<Redeemed> redeemed = jdbc.sql("SELECT amount, shop_amount, shop_currency, exchange_rate FROM voucher_history WHERE id = :id")
                .param("id", e.redemptionId()).query(Redeemed.class).optional();
        return redeemed.filter(r -> r.shopAmount() != null)
                .map(r -> new InShop(BigDecimal.valueOf(e.amount()).multiply(BigDecimal.valueOf(r.shopAmount()))
                        .divide(BigDecimal.valueOf(r.amount()), 0, RoundingMode.HALF_UP).longValueExact(), r.shopCurrency().strip(), r.exchangeRate()))
                .orElse(null);
    }

    private void apply(UUID id, UUID voucherId, String kind, long amount, String currency, UUID merchantId, Instant at, long balanceAfter, long sequence,
            @Nullable InShop inShop) {
        boolean known = jdbc.sql("SELECT count(*) FROM voucher WHERE id = :v").param("v", voucherId).query(Long.class).single() > 0;
        if (!known) {
            throw new org.citycoop.platform.messaging.PoisonEventException("voucher " + voucherId + " is not known to voucher-service");
        }
        jdbc.sql("""
                INSERT INTO voucher_history (id, voucher_id, kind, amount, currency, merchant_id, happened_at, shop_amount, shop_currency, exchange_rate)
                VALUES (:id, :v, :kind, :amount, :currency, :m, :at, :shopAmount, :shopCurrency, :rate) ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("v", voucherId).param("kind", kind).param("amount", amount).param("currency", currency).param("m", merchantId)
                .param("at", Timestamp.from(at)).param("shopAmount", inShop == null ? null : inShop.amount())
                .param("shopCurrency", inShop == null ? null : inShop.currency()).param("rate", inShop == null ? null : inShop.rate()).update();
        jdbc.sql("UPDATE voucher SET balance = :balance, balance_sequence = :seq WHERE id = :v AND balance_sequence < :seq")
                .param("balance", balanceAfter).param("seq", sequence).param("v", voucherId).update();
    }

    @KafkaListener(id = CONSUMER, topics = Topics.REDEMPTION_EVENTS)
    void on(ConsumerRecord<String, CloudEvent> record) {
        consumer.accept(record.value());
    }
}
