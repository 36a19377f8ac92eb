package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.redemption.PurchaseRefunded;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.idempotency.RequestFingerprint;
import org.citycoop.platform.security.Caller;
import org.citycoop.redemption.checkout.decision.Refund;
import org.citycoop.redemption.checkout.decision.RefundRefusal;
import org.citycoop.redemption.checkout.decision.Refunding;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.RequiredArgsConstructor;

/**
 * Use case: the shop refunds part or all of a recorded purchase (goods brought back), within the
 * reversal window, never more than the basket in total; {@code PurchaseRefunded} lets points-service
 * take back the points in proportion. The rules are {@link Refunding}'s; this loads the purchase (locked:
 * two refunds of one purchase never both fit into what is left) and stores the refund in one transaction
 * with its event. Idempotent per Idempotency-Key like every till request (the kit's {@link IdempotentCommands}).
 */
@Service
@RequiredArgsConstructor
class PurchaseRefunds {

    /** The till's request. */
    record RefundRequest(@Nullable BigDecimal amount) {
    }

    /** What a refund request comes to: the refund, or why there is none. */
    sealed interface Result permits Refunded, Refused {
    }

    record Refunded(UUID refundId, UUID purchaseId, Money amount, Money refundedTotal, boolean replayed) implements Result {
    }

    /** Nothing refunded, for {@code refusal} (a problem detail at the web edge). */
    record Refused(RefundRefusal refusal) implements Result {
    }

    /** A second refund with a key still in use is refused at once (409), as every till request (ADR 14). */
    private static final KeyScope REFUNDS = KeyScope.refusingWhileBusy("purchase-refund", "redemption-in-progress");

    private final Refunding refunding = Refunding.withAllCurrentPolicies();
    private final PurchaseBook book;
    private final IdempotentCommands commands;
    private final IntegrationEvents events;
    private final ReversalSettings settings;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    Result refund(UUID purchaseId, RefundRequest request, @Nullable String key, Caller caller) {
        IdempotencyKey idempotencyKey = IdempotencyKey.of(caller.subject(), key);
        String requestHash = RequestFingerprint.of(purchaseId, request.amount()).plain();
        return commands.<Result>run(REFUNDS, idempotencyKey, requestHash, () -> book.earlierRefund(idempotencyKey),
                () -> refundNow(purchaseId, request, idempotencyKey, requestHash, caller)).value();
    }

    private Result refundNow(UUID purchaseId, RefundRequest request, IdempotencyKey key, String requestHash, Caller caller) {
        Optional<PurchaseBook.Bought> bought = book.forRefund(purchaseId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Refund refund = new Refund(purchaseId, bought.map(PurchaseBook.Bought::bought).orElse(null),
                bought.filter(purchase -> caller.actsFor(purchase.merchantId())).isPresent(), request.amount(), settings.reversalWindow(), now);
        return switch (refunding.decide(refund)) {
            case Refunding.Refused(RefundRefusal refusal) -> new Refused(refusal);
            case Refunding.Refunded(Money amount, Money refundedTotal) -> {
                PurchaseBook.Bought purchase = bought.orElseThrow();
                UUID id = UUID.randomUUID();
                book.addRefund(new PurchaseBook.RefundEntered(id, purchaseId, key, requestHash, amount, refundedTotal, now));
                events.publish(new PurchaseRefunded(id, purchaseId, purchase.merchantId(), purchase.storeId(), purchase.shopperId(), amount.minor(),
                        refundedTotal.minor(), purchase.bought().basketTotal().minor(), amount.currency().name(), now));
                yield new Refunded(id, purchaseId, amount, refundedTotal, false);
            }
        };
    }
}
