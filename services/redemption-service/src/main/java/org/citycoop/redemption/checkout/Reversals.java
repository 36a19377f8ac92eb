package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.IdempotencyKeys;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the merchant gives back all or part of a redemption (a returned purchase) within the
 * reversal window ({@code citycoop.checkout.reversal-window}, default 14 days). The redemption's
 * {@code reversed} sum and the voucher's balance change in one transaction with the event; a check
 * constraint holds the sum at most the amount redeemed. Idempotent by {@code Idempotency-Key}.
 */
@Service
public class Reversals {

    /** The refund. */
    public record Reversed(UUID reversalId, UUID redemptionId, UUID voucherId, Money amount, Money balanceAfter, Instant at, boolean replayed) {
    }

    private final JdbcClient jdbc;
    private final KeyLocks keyLocks;
    private final IntegrationEvents events;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();

    Reversals(JdbcClient jdbc, KeyLocks keyLocks, IntegrationEvents events, @Value("${citycoop.checkout.reversal-window:P14D}") Duration window) {
        this.jdbc = jdbc;
        this.keyLocks = keyLocks;
        this.events = events;
        this.window = window;
    }

    @Transactional
    public Reversed reverse(UUID redemptionId, @Nullable BigDecimal requested, @Nullable String key, Caller caller) {
        return reverse(redemptionId, requested, key, caller, clock.instant());
    }

    /** A reversal as if made at {@code at}; only the demo's settled past weeks use a moment other than now. */
    @Transactional
    Reversed reverse(UUID redemptionId, @Nullable BigDecimal requested, @Nullable String key, Caller caller, Instant at) {
        key = IdempotencyKeys.require(key);
        String requestHash = redemptionId + "|" + (requested == null ? "all" : requested.stripTrailingZeros().toPlainString());
        keyLocks.lock(KeyLocks.Use.REVERSAL, caller, key);
        Optional<Reversed> earlier = earlier(caller.subject(), key, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        record Original(UUID voucherId, UUID merchantId, long amount, long reversed, String currency, Instant at, @Nullable UUID settlementId) {
        }
        Original original = jdbc.sql("""
                SELECT voucher_id, merchant_id, amount, reversed, currency, at, settlement_id FROM redemption
                WHERE id = :id AND outcome = 'APPROVED' FOR UPDATE""")
                .param("id", redemptionId).query(Original.class).optional()
                .filter(o -> caller.actsFor(o.merchantId()))
                .orElseThrow(() -> new RequestRejected(HttpStatus.NOT_FOUND, "redemption-unknown", List.of()));
        if (original.settlementId() != null) {
            throw new RequestRejected(HttpStatus.CONFLICT, "redemption-settled", List.of());
        }
        Currency currency = Currency.valueOf(original.currency().strip());
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        if (original.at().plus(window).isBefore(now)) {
            throw new RequestRejected(HttpStatus.CONFLICT, "reversal-window-over", List.of(), window.toDays());
        }
        long left = original.amount() - original.reversed();
        long amount;
        if (requested == null) {
            amount = left;
        } else if (requested.signum() <= 0 || !Money.fits(requested, currency)) {
            throw RequestRejected.invalid(List.of(new Violation("amount", "checkout.amount-decimals", currency.name(), currency.decimals())));
        } else {
            amount = Money.ofMajor(requested, currency).minor();
        }
        if (amount <= 0 || amount > left) {
            throw new RequestRejected(HttpStatus.CONFLICT, "reversal-too-much", List.of(), Money.of(left, currency).major(), currency.name());
        }
        record Credited(long balance, long sequence) {
        }
        Credited credited = jdbc.sql("UPDATE voucher SET balance = balance + :a, sequence = sequence + 1 WHERE id = :v RETURNING balance, sequence")
                .param("a", amount).param("v", original.voucherId()).query(Credited.class).single();
        jdbc.sql("UPDATE redemption SET reversed = reversed + :a WHERE id = :id").param("a", amount).param("id", redemptionId).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO reversal (id, redemption_id, caller, idempotency_key, request_hash, amount, balance_after, sequence, at)
                VALUES (:id, :r, :caller, :key, :hash, :amount, :balance, :sequence, :at)""")
                .param("id", id).param("r", redemptionId).param("caller", caller.subject()).param("key", key).param("hash", requestHash)
                .param("amount", amount).param("balance", credited.balance()).param("sequence", credited.sequence()).param("at", Timestamp.from(now)).update();
        events.publish(new RedemptionReversed(id, redemptionId, original.voucherId(), original.merchantId(), amount, currency.name(), credited.balance(),
                credited.sequence(), now));
        return new Reversed(id, redemptionId, original.voucherId(), Money.of(amount, currency), Money.of(credited.balance(), currency), now, false);
    }

    private Optional<Reversed> earlier(String caller, String key, String requestHash) {
        record Row(UUID id, UUID redemptionId, String requestHash, long amount, long balanceAfter, Instant at, UUID voucherId, String currency) {
        }
        return jdbc.sql("""
                SELECT v.id, v.redemption_id, v.request_hash, v.amount, v.balance_after, v.at, r.voucher_id, r.currency
                FROM reversal v JOIN redemption r ON r.id = v.redemption_id WHERE v.caller = :caller AND v.idempotency_key = :key""")
                .param("caller", caller).param("key", key).query(Row.class).optional().map(row -> {
                    if (!row.requestHash().equals(requestHash)) {
                        throw new RequestRejected(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", List.of());
                    }
                    Currency currency = Currency.valueOf(row.currency().strip());
                    return new Reversed(row.id(), row.redemptionId(), row.voucherId(), Money.of(row.amount(), currency), Money.of(row.balanceAfter(), currency),
                            row.at(), true);
                });
    }
}
