package org.citycoop.redemption.checkout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.idempotency.Earlier;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.redemption.checkout.decision.Refund;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/**
 * The till's purchases (for points) and their refunds, each with its {@code Idempotency-Key} and answer, and the member tokens
 * spent on them.
 */
@Repository
@RequiredArgsConstructor
class PurchaseBook {

    /** One purchase recorded. */
    record Entered(UUID id, IdempotencyKey key, String requestHash, CheckoutPlaces.Place place, @Nullable UUID shopperId, Money basketTotal,
            Money voucherAmount, MemberTokens.Result member, Instant at) {
    }

    /** A purchase as its refunds need it, with its refunds so far. */
    record Bought(UUID merchantId, UUID storeId, @Nullable UUID shopperId, Refund.Bought bought) {
    }

    /** One refund made. */
    record RefundEntered(UUID id, UUID purchaseId, IdempotencyKey key, String requestHash, Money amount, Money refundedTotal, Instant at) {
    }

    private final JdbcClient jdbc;

    /** What an approved redemption of the merchant credited it (in the store's currency), if it is one. */
    Optional<Long> paidBy(UUID redemptionId, UUID merchantId) {
        return jdbc.sql("""
                SELECT coalesce(merchant_amount, amount) FROM redemption WHERE id = :id AND merchant_id = :m AND outcome = 'APPROVED'""")
                .param("id", redemptionId).param("m", merchantId).query(Long.class).optional();
    }

    /** Spends a member token: true the first time, false if a purchase spent it already. */
    boolean spendToken(String jti, UUID shopperId, Instant expiresAt) {
        return jdbc.sql("INSERT INTO member_token_use (jti, shopper_id, expires_at) VALUES (:jti, :s, :exp) ON CONFLICT DO NOTHING")
                .param("jti", jti).param("s", shopperId).param("exp", Timestamp.from(expiresAt)).update() == 1;
    }

    void add(Entered purchase) {
        jdbc.sql("""
                INSERT INTO purchase (id, caller, idempotency_key, request_hash, merchant_id, store_id, shopper_id, basket_total, currency, voucher_amount,
                                      member, at)
                VALUES (:id, :caller, :key, :hash, :m, :s, :shopper, :basket, :currency, :vouchers, :member, :at)""")
                .param("id", purchase.id()).param("caller", purchase.key().owner()).param("key", purchase.key().value()).param("hash", purchase.requestHash())
                .param("m", purchase.place().merchantId()).param("s", purchase.place().storeId()).param("shopper", purchase.shopperId())
                .param("basket", purchase.basketTotal().minor()).param("currency", purchase.basketTotal().currency().name())
                .param("vouchers", purchase.voucherAmount().minor()).param("member", purchase.member().name()).param("at", Timestamp.from(purchase.at()))
                .update();
    }

    /** The purchase recorded under the key, if any (replayed). */
    Optional<Earlier<Purchases.Result>> earlier(IdempotencyKey key) {
        record Row(UUID id, String requestHash, @Nullable UUID shopperId, String member, long basketTotal, String currency, long voucherAmount) {
        }
        return jdbc.sql("SELECT id, request_hash, shopper_id, member, basket_total, currency, voucher_amount FROM purchase WHERE caller = :c AND idempotency_key = :k")
                .param("c", key.owner()).param("k", key.value()).query(Row.class).optional().map(row -> new Earlier<>(row.requestHash(), () -> {
                    Currency currency = Currency.valueOf(row.currency().strip());
                    return new Purchases.Recorded(row.id(), row.shopperId(), MemberTokens.Result.valueOf(row.member()), Money.of(row.basketTotal(), currency),
                            Money.of(row.voucherAmount(), currency), true);
                }));
    }

    /** The purchase with what was refunded of it, locked until the transaction ends: two refunds of one purchase queue. */
    Optional<Bought> forRefund(UUID purchaseId) {
        record Row(UUID merchantId, UUID storeId, @Nullable UUID shopperId, long basketTotal, String currency, Instant at) {
        }
        return jdbc.sql("SELECT merchant_id, store_id, shopper_id, basket_total, currency, at FROM purchase WHERE id = :id FOR UPDATE")
                .param("id", purchaseId).query(Row.class).optional().map(row -> {
                    Currency currency = Currency.valueOf(row.currency().strip());
                    long refunded = jdbc.sql("SELECT coalesce(sum(amount), 0) FROM purchase_refund WHERE purchase_id = :p").param("p", purchaseId)
                            .query(Long.class).single();
                    return new Bought(row.merchantId(), row.storeId(), row.shopperId(),
                            new Refund.Bought(Money.of(row.basketTotal(), currency), Money.of(refunded, currency), row.at()));
                });
    }

    void addRefund(RefundEntered refund) {
        jdbc.sql("""
                INSERT INTO purchase_refund (id, purchase_id, caller, idempotency_key, request_hash, amount, refunded_total, at)
                VALUES (:id, :p, :c, :k, :hash, :amount, :total, :at)""")
                .param("id", refund.id()).param("p", refund.purchaseId()).param("c", refund.key().owner()).param("k", refund.key().value())
                .param("hash", refund.requestHash()).param("amount", refund.amount().minor()).param("total", refund.refundedTotal().minor())
                .param("at", Timestamp.from(refund.at())).update();
    }

    /** The refund made under the key, if any (replayed). */
    Optional<Earlier<PurchaseRefunds.Result>> earlierRefund(IdempotencyKey key) {
        record Row(UUID id, UUID purchaseId, String requestHash, long amount, long refundedTotal, String currency) {
        }
        return jdbc.sql("""
                SELECT r.id, r.purchase_id, r.request_hash, r.amount, r.refunded_total, p.currency FROM purchase_refund r JOIN purchase p ON p.id = r.purchase_id
                WHERE r.caller = :c AND r.idempotency_key = :k""").param("c", key.owner()).param("k", key.value()).query(Row.class).optional()
                .map(row -> new Earlier<>(row.requestHash(), () -> {
                    Currency currency = Currency.valueOf(row.currency().strip());
                    return new PurchaseRefunds.Refunded(row.id(), row.purchaseId(), Money.of(row.amount(), currency), Money.of(row.refundedTotal(), currency),
                            true);
                }));
    }
}
