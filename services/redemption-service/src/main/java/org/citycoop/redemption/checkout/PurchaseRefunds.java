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
import org.citycoop.contracts.redemption.PurchaseRefunded;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.idempotency.Earlier;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.idempotency.RequestFingerprint;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the shop refunds part or all of a recorded purchase (goods brought back), within the
 * reversal window, never more than the basket in total; {@code PurchaseRefunded} lets points-service
 * take back the points in proportion. Idempotent per Idempotency-Key like every till request.
 */
@Service
class PurchaseRefunds {

    record Refund(@Nullable BigDecimal amount) {
    }

    record Refunded(UUID refundId, UUID purchaseId, Money amount, Money refundedTotal, boolean replayed) {
    }

    /** A second refund with a key still in use is refused at once (409), as every till request (ADR 14). */
    private static final KeyScope REFUNDS = KeyScope.refusingWhileBusy("purchase-refund", "redemption-in-progress");

    private final JdbcClient jdbc;
    private final IdempotentCommands commands;
    private final IntegrationEvents events;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();

    PurchaseRefunds(JdbcClient jdbc, IdempotentCommands commands, IntegrationEvents events,
            @Value("${citycoop.checkout.reversal-window:P14D}") Duration window) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.events = events;
        this.window = window;
    }

    @Transactional
    Refunded refund(UUID purchaseId, Refund request, @Nullable String key, Caller caller) {
        IdempotencyKey idempotencyKey = IdempotencyKey.of(caller.subject(), key);
        String requestHash = RequestFingerprint.of(purchaseId, request.amount()).plain();
        return commands.run(REFUNDS, idempotencyKey, requestHash, () -> earlier(idempotencyKey),
                () -> refundNow(purchaseId, request, idempotencyKey, requestHash, caller)).value();
    }

    private Optional<Earlier<Refunded>> earlier(IdempotencyKey key) {
        record Row(UUID id, UUID purchaseId, String requestHash, long amount, long refundedTotal, String currency) {
        }
        return jdbc.sql("""
                SELECT r.id, r.purchase_id, r.request_hash, r.amount, r.refunded_total, p.currency FROM purchase_refund r JOIN purchase p ON p.id = r.purchase_id
                WHERE r.caller = :c AND r.idempotency_key = :k""").param("c", key.owner()).param("k", key.value()).query(Row.class).optional()
                .map(row -> new Earlier<>(row.requestHash(), () -> {
                    Currency currency = Currency.valueOf(row.currency().strip());
                    return new Refunded(row.id(), row.purchaseId(), Money.of(row.amount(), currency), Money.of(row.refundedTotal(), currency), true);
                }));
    }

    private Refunded refundNow(UUID purchaseId, Refund request, IdempotencyKey key, String requestHash, Caller caller) {
        record Bought(UUID merchantId, UUID storeId, @Nullable UUID shopperId, long basketTotal, String currency, Instant at) {
        }
        // the purchase row is the lock: two refunds of one purchase never both fit into what is left
        Bought bought = jdbc.sql("SELECT merchant_id, store_id, shopper_id, basket_total, currency, at FROM purchase WHERE id = :id FOR UPDATE")
                .param("id", purchaseId).query(Bought.class).optional().filter(p -> caller.actsFor(p.merchantId()))
                .orElseThrow(() -> new RequestRejected(HttpStatus.NOT_FOUND, "purchase-unknown", List.of(), purchaseId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (bought.at().plus(window).isBefore(now)) {
            throw new RequestRejected(HttpStatus.CONFLICT, "refund-too-late", List.of(), window.toDays());
        }
        Currency currency = Currency.valueOf(bought.currency().strip());
        long refundedBefore = jdbc.sql("SELECT coalesce(sum(amount), 0) FROM purchase_refund WHERE purchase_id = :p").param("p", purchaseId)
                .query(Long.class).single();
        Money left = Money.of(bought.basketTotal() - refundedBefore, currency);
        if (request.amount() == null || request.amount().signum() <= 0 || !Money.fits(request.amount(), currency)
                || Money.ofMajor(request.amount(), currency).minor() > left.minor()) {
            throw RequestRejected.invalid(List.of(new Violation("amount", "checkout.refund-amount", left.major())));
        }
        Money amount = Money.ofMajor(request.amount(), currency);
        long refundedTotal = refundedBefore + amount.minor();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO purchase_refund (id, purchase_id, caller, idempotency_key, request_hash, amount, refunded_total, at)
                VALUES (:id, :p, :c, :k, :hash, :amount, :total, :at)""")
                .param("id", id).param("p", purchaseId).param("c", key.owner()).param("k", key.value()).param("hash", requestHash)
                .param("amount", amount.minor()).param("total", refundedTotal).param("at", Timestamp.from(now)).update();
        events.publish(new PurchaseRefunded(id, purchaseId, bought.merchantId(), bought.storeId(), bought.shopperId(), amount.minor(), refundedTotal,
                bought.basketTotal(), currency.name(), now));
        return new Refunded(id, purchaseId, amount, Money.of(refundedTotal, currency), false);
    }
}
