package org.citycoop.redemption.checkout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.idempotency.Earlier;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.redemption.checkout.decision.Conversion;
import org.citycoop.redemption.checkout.decision.Decline;
import org.citycoop.redemption.checkout.decision.Reversal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/**
 * Every redemption request with its {@code Idempotency-Key} and its answer (approved with the balance after, or declined with
 * the reason), and the reversals made of approved ones.
 */
@Repository
@RequiredArgsConstructor
class Redemptions {

    /**
     * One answered redemption request.
     *
     * @param conversion both sides of an approved amount (none for a decline)
     */
    record Answered(UUID id, IdempotencyKey key, String requestHash, @Nullable UUID voucherId, CheckoutPlaces.Place place, Money amount,
            @Nullable Long basketTotal, @Nullable Decline reason, @Nullable Long balanceAfter, @Nullable Long sequence, Instant at,
            @Nullable Conversion conversion) {
    }

    /** One reversal made. */
    record Reversed(UUID id, UUID redemptionId, IdempotencyKey key, String requestHash, Money amount, long balanceAfter, long sequence, Instant at) {
    }

    private final JdbcClient jdbc;

    void add(Answered answered) {
        Conversion conversion = answered.conversion();
        jdbc.sql("""
                INSERT INTO redemption (id, caller, idempotency_key, request_hash, voucher_id, merchant_id, store_id, amount, currency, basket_total,
                                        outcome, decline_reason, balance_after, sequence, at, merchant_amount, merchant_currency, exchange_rate)
                VALUES (:id, :caller, :key, :hash, :voucher, :merchant, :store, :amount, :currency, :basket, :outcome, :reason, :balance, :sequence, :at,
                        :credit, :creditCurrency, :rate)""")
                .param("credit", conversion == null ? null : conversion.credit().minor())
                .param("creditCurrency", conversion == null ? null : conversion.credit().currency().name())
                .param("rate", conversion == null ? null : conversion.rate())
                .param("id", answered.id()).param("caller", answered.key().owner()).param("key", answered.key().value()).param("hash", answered.requestHash())
                .param("voucher", answered.voucherId()).param("merchant", answered.place().merchantId()).param("store", answered.place().storeId())
                .param("amount", answered.amount().minor()).param("currency", answered.amount().currency().name()).param("basket", answered.basketTotal())
                .param("outcome", answered.reason() == null ? "APPROVED" : "DECLINED").param("reason", answered.reason() == null ? null : answered.reason().name())
                .param("balance", answered.balanceAfter()).param("sequence", answered.sequence()).param("at", Timestamp.from(answered.at())).update();
    }

    /** The answer given under the key, if any (replayed). */
    Optional<Earlier<Checkout.Outcome>> earlier(IdempotencyKey key) {
        record Row(UUID id, String requestHash, @Nullable UUID voucherId, long amount, String currency, String outcome, @Nullable String declineReason,
                @Nullable Long balanceAfter, Instant at) {
        }
        return jdbc.sql("""
                SELECT id, request_hash, voucher_id, amount, currency, outcome, decline_reason, balance_after, at FROM redemption
                WHERE caller = :caller AND idempotency_key = :key""").param("caller", key.owner()).param("key", key.value()).query(Row.class).optional()
                .map(row -> new Earlier<>(row.requestHash(), () -> {
                    Currency currency = Currency.valueOf(row.currency().strip());
                    return new Checkout.Outcome(row.id(), "APPROVED".equals(row.outcome()),
                            row.declineReason() == null ? null : Decline.valueOf(row.declineReason()), row.voucherId(), Money.of(row.amount(), currency),
                            row.balanceAfter() == null ? null : Money.of(row.balanceAfter(), currency), row.at(), true);
                }));
    }

    /** The approved redemption, locked until the transaction ends (reversals of it queue). */
    Optional<Reversal.Redeemed> approvedForUpdate(UUID redemptionId) {
        record Original(UUID voucherId, UUID merchantId, long amount, long reversed, String currency, Instant at, @Nullable UUID settlementId) {
        }
        return jdbc.sql("""
                SELECT voucher_id, merchant_id, amount, reversed, currency, at, settlement_id FROM redemption
                WHERE id = :id AND outcome = 'APPROVED' FOR UPDATE""")
                .param("id", redemptionId).query(Original.class).optional().map(o -> {
                    Currency currency = Currency.valueOf(o.currency().strip());
                    return new Reversal.Redeemed(redemptionId, o.voucherId(), o.merchantId(), Money.of(o.amount(), currency), Money.of(o.reversed(), currency),
                            o.at(), o.settlementId() != null);
                });
    }

    /** Records the reversal, and raises the redemption's reversed sum by its amount. */
    void addReversal(Reversed reversed) {
        jdbc.sql("UPDATE redemption SET reversed = reversed + :a WHERE id = :id").param("a", reversed.amount().minor()).param("id", reversed.redemptionId())
                .update();
        jdbc.sql("""
                INSERT INTO reversal (id, redemption_id, caller, idempotency_key, request_hash, amount, balance_after, sequence, at)
                VALUES (:id, :r, :caller, :key, :hash, :amount, :balance, :sequence, :at)""")
                .param("id", reversed.id()).param("r", reversed.redemptionId()).param("caller", reversed.key().owner()).param("key", reversed.key().value())
                .param("hash", reversed.requestHash()).param("amount", reversed.amount().minor()).param("balance", reversed.balanceAfter())
                .param("sequence", reversed.sequence()).param("at", Timestamp.from(reversed.at())).update();
    }

    /** The reversal made under the key, if any (replayed). */
    Optional<Earlier<Reversals.Result>> earlierReversal(IdempotencyKey key) {
        record Row(UUID id, UUID redemptionId, String requestHash, long amount, long balanceAfter, Instant at, UUID voucherId, String currency) {
        }
        return jdbc.sql("""
                SELECT v.id, v.redemption_id, v.request_hash, v.amount, v.balance_after, v.at, r.voucher_id, r.currency
                FROM reversal v JOIN redemption r ON r.id = v.redemption_id WHERE v.caller = :caller AND v.idempotency_key = :key""")
                .param("caller", key.owner()).param("key", key.value()).query(Row.class).optional().map(row -> new Earlier<>(row.requestHash(), () -> {
                    Currency currency = Currency.valueOf(row.currency().strip());
                    return new Reversals.Reversed(row.id(), row.redemptionId(), row.voucherId(), Money.of(row.amount(), currency),
                            Money.of(row.balanceAfter(), currency), row.at(), true);
                }));
    }
}
