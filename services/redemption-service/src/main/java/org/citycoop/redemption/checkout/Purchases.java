package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.idempotency.RequestFingerprint;
import org.citycoop.platform.security.Caller;
import org.citycoop.redemption.checkout.decision.Purchase;
import org.citycoop.redemption.checkout.decision.PurchaseRefusal;
import org.citycoop.redemption.checkout.decision.Purchasing;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: the till records a purchase — the basket total in the store's currency, the redemptions
 * that paid part of it, and the shopper's member token if shown — and publishes
 * {@code PurchaseRecorded} for points. The rules are {@link Purchasing}'s; this loads what the redemptions
 * paid, spends the token, and stores the purchase in one transaction with its event. The purchase is
 * recorded whatever becomes of the token; the answer says at once whether it was accepted. A token is
 * spent by the purchase it is used for. Idempotent by {@code Idempotency-Key} (the kit's {@link IdempotentCommands}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Purchases {

    /** The till's request. */
    public record RecordPurchase(@Nullable BigDecimal basketTotal, @Nullable String currency, @Nullable String memberToken,
            @Nullable List<UUID> redemptionIds) {
    }

    /** What a purchase request comes to: the recorded purchase, or why it is not. */
    public sealed interface Result permits Recorded, Refused {
    }

    /** The recorded purchase and what became of the member token. */
    public record Recorded(UUID purchaseId, @Nullable UUID shopperId, MemberTokens.Result member, Money basketTotal, Money voucherAmount,
            boolean replayed) implements Result {
    }

    /** Nothing recorded, for {@code refusal} (a problem detail at the web edge). */
    public record Refused(PurchaseRefusal refusal) implements Result {
    }

    /** A second purchase with a key still in use is refused at once (409), as every till request (ADR 14). */
    private static final KeyScope PURCHASES = KeyScope.refusingWhileBusy("purchase", "redemption-in-progress");

    private final Purchasing purchasing = Purchasing.withAllCurrentPolicies();
    private final PurchaseBook book;
    private final IdempotentCommands commands;
    private final MemberTokens tokens;
    private final IntegrationEvents events;
    private final CheckoutPlaces places;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Result record(RecordPurchase request, @Nullable UUID storeId, @Nullable String key, Caller caller) {
        IdempotencyKey idempotencyKey = IdempotencyKey.of(caller.subject(), key);
        String requestHash = RequestFingerprint.of(request.basketTotal(), request.currency(), request.memberToken(), request.redemptionIds(), storeId)
                .plain();
        return commands.<Result>run(PURCHASES, idempotencyKey, requestHash, () -> book.earlier(idempotencyKey),
                () -> recordNow(request, storeId, idempotencyKey, requestHash, caller)).value();
    }

    private Result recordNow(RecordPurchase request, @Nullable UUID storeId, IdempotencyKey key, String requestHash, Caller caller) {
        CheckoutPlaces.Place place = places.of(storeId, caller);
        Currency currency = Currency.valueOf(PartnerCity.byCode(place.cityCode()).orElseThrow().currency());
        List<Purchase.PaidWith> paidWith = (request.redemptionIds() == null ? List.<UUID>of() : request.redemptionIds()).stream()
                .map(redemption -> new Purchase.PaidWith(redemption,
                        book.paidBy(redemption, place.merchantId()).map(paid -> Money.of(paid, currency)).orElse(null)))
                .toList();
        return switch (purchasing.decide(new Purchase(currency, request.currency(), request.basketTotal(), paidWith))) {
            case Purchasing.Refused(PurchaseRefusal refusal) -> new Refused(refusal);
            case Purchasing.Recorded(Money basket, Money voucherAmount) -> {
                MemberTokens.Result member = MemberTokens.Result.NONE;
                UUID shopper = null;
                if (request.memberToken() != null && !request.memberToken().isBlank()) {
                    MemberTokens.Checked checked = tokens.check(request.memberToken());
                    member = checked.result();
                    if (member == MemberTokens.Result.ACCEPTED) {
                        if (book.spendToken(checked.jti(), checked.shopperId(), checked.expiresAt())) {
                            shopper = checked.shopperId();
                        } else {
                            member = MemberTokens.Result.ALREADY_USED;
                        }
                    }
                }
                UUID id = UUID.randomUUID();
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                book.add(new PurchaseBook.Entered(id, key, requestHash, place, shopper, basket, voucherAmount, member, now));
                events.publish(new PurchaseRecorded(id, place.merchantId(), place.storeId(), place.cityCode(), shopper, basket.minor(), currency.name(),
                        voucherAmount.minor(), now));
                yield new Recorded(id, shopper, member, basket, voucherAmount, false);
            }
        };
    }
}
