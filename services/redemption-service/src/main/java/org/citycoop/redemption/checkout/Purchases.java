package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.contracts.redemption.PurchaseRecorded;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the till records a purchase — the basket total in the store's currency, the redemptions
 * that paid part of it, and the shopper's member token if shown — and publishes
 * {@code PurchaseRecorded} for points. The purchase is recorded whatever becomes of the token; the
 * answer says at once whether it was accepted. A token is spent by the purchase it is used for.
 */
@Service
public class Purchases {

    /** The till's request. */
    public record RecordPurchase(@Nullable BigDecimal basketTotal, @Nullable String currency, @Nullable String memberToken,
            @Nullable List<UUID> redemptionIds) {
    }

    /** The recorded purchase and what became of the member token. */
    public record Recorded(UUID purchaseId, @Nullable UUID shopperId, MemberTokens.Result member, Money basketTotal, Money voucherAmount,
            boolean replayed) {
    }

    /** A second purchase with a key still in use is refused at once (409), as every till request (ADR 14). */
    private static final KeyScope PURCHASES = KeyScope.refusingWhileBusy("purchase", "redemption-in-progress");

    private final JdbcClient jdbc;
    private final IdempotentCommands commands;
    private final MemberTokens tokens;
    private final IntegrationEvents events;
    private final CheckoutPlaces places;
    private final Clock clock = Clock.systemUTC();

    Purchases(JdbcClient jdbc, IdempotentCommands commands, MemberTokens tokens, IntegrationEvents events, CheckoutPlaces places) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.tokens = tokens;
        this.events = events;
        this.places = places;
    }

    @Transactional
    public Recorded record(RecordPurchase request, @Nullable UUID storeId, @Nullable String key, Caller caller) {
        IdempotencyKey idempotencyKey = IdempotencyKey.of(caller.subject(), key);
        String requestHash = RequestFingerprint.of(request.basketTotal(), request.currency(), request.memberToken(), request.redemptionIds(), storeId)
                .plain();
        return commands.run(PURCHASES, idempotencyKey, requestHash, () -> earlier(idempotencyKey),
                () -> recordNow(request, storeId, idempotencyKey, requestHash, caller)).value();
    }

    private Recorded recordNow(RecordPurchase request, @Nullable UUID storeId, IdempotencyKey key, String requestHash, Caller caller) {
        CheckoutPlaces.Place place = places.of(storeId, caller);
        Currency currency = Currency.valueOf(PartnerCity.byCode(place.cityCode()).orElseThrow().currency());
        if (request.currency() == null || !request.currency().equals(currency.name())) {
            throw RequestRejected.invalid(List.of(new Violation("currency", "checkout.store-currency", currency.name())));
        }
        if (request.basketTotal() == null || request.basketTotal().signum() <= 0 || !Money.fits(request.basketTotal(), currency)) {
            throw RequestRejected.invalid(List.of(new Violation("basketTotal", "checkout.basket")));
        }
        Money basket = Money.ofMajor(request.basketTotal(), currency);
        long voucherAmount = 0;
        for (UUID redemption : request.redemptionIds() == null ? List.<UUID>of() : request.redemptionIds()) {
            Long paid = jdbc.sql("""
                    SELECT coalesce(merchant_amount, amount) FROM redemption WHERE id = :id AND merchant_id = :m AND outcome = 'APPROVED'""")
                    .param("id", redemption).param("m", place.merchantId()).query(Long.class).optional()
                    .orElseThrow(() -> RequestRejected.invalid(List.of(new Violation("redemptionIds", "checkout.redemption-unknown", redemption))));
            voucherAmount += paid;
        }
        MemberTokens.Result member = MemberTokens.Result.NONE;
        UUID shopper = null;
        if (request.memberToken() != null && !request.memberToken().isBlank()) {
            MemberTokens.Checked checked = tokens.check(request.memberToken());
            member = checked.result();
            if (member == MemberTokens.Result.ACCEPTED) {
                int fresh = jdbc.sql("INSERT INTO member_token_use (jti, shopper_id, expires_at) VALUES (:jti, :s, :exp) ON CONFLICT DO NOTHING")
                        .param("jti", checked.jti()).param("s", checked.shopperId()).param("exp", Timestamp.from(checked.expiresAt())).update();
                if (fresh == 1) {
                    shopper = checked.shopperId();
                } else {
                    member = MemberTokens.Result.ALREADY_USED;
                }
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO purchase (id, caller, idempotency_key, request_hash, merchant_id, store_id, shopper_id, basket_total, currency, voucher_amount,
                                      member, at)
                VALUES (:id, :caller, :key, :hash, :m, :s, :shopper, :basket, :currency, :vouchers, :member, :at)""")
                .param("id", id).param("caller", key.owner()).param("key", key.value()).param("hash", requestHash).param("m", place.merchantId())
                .param("s", place.storeId()).param("shopper", shopper).param("basket", basket.minor()).param("currency", currency.name())
                .param("vouchers", voucherAmount).param("member", member.name()).param("at", Timestamp.from(now)).update();
        events.publish(new PurchaseRecorded(id, place.merchantId(), place.storeId(), place.cityCode(), shopper, basket.minor(), currency.name(),
                voucherAmount, now));
        return new Recorded(id, shopper, member, basket, Money.of(voucherAmount, currency), false);
    }

    private Optional<Earlier<Recorded>> earlier(IdempotencyKey key) {
        record Row(UUID id, String requestHash, @Nullable UUID shopperId, String member, long basketTotal, String currency, long voucherAmount) {
        }
        return jdbc.sql("SELECT id, request_hash, shopper_id, member, basket_total, currency, voucher_amount FROM purchase WHERE caller = :c AND idempotency_key = :k")
                .param("c", key.owner()).param("k", key.value()).query(Row.class).optional().map(row -> new Earlier<>(row.requestHash(), () -> {
                    Currency currency = Currency.valueOf(row.currency().strip());
                    return new Recorded(row.id(), row.shopperId(), MemberTokens.Result.valueOf(row.member()), Money.of(row.basketTotal(), currency),
                            Money.of(row.voucherAmount(), currency), true);
                }));
    }
}
