package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.events.IntegrationEvents;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.idempotency.RequestFingerprint;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.redemption.checkout.decision.Conversion;
import org.citycoop.redemption.checkout.decision.Decline;
import org.citycoop.redemption.checkout.decision.Redeeming;
import org.citycoop.redemption.checkout.decision.Redemption;
import org.citycoop.redemption.checkout.decision.Spending;
import org.citycoop.redemption.checkout.rates.ExchangeRates;
import org.citycoop.redemption.merchants.MerchantReplica;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The till's two questions: what is this code worth here (scan), and take this much off it (redeem). The rules are
 * {@link Redeeming}'s; this loads what they decide with, and carries the decision out: a redemption debits with one
 * conditional update ({@code balance >= amount}) in the same transaction as its record and its {@code VoucherRedeemed}
 * event: never read-then-write, never below zero. Each redemption carries an {@code Idempotency-Key} (the kit's
 * {@link IdempotentCommands}): the same key and request get the same answer without a second debit, another request under
 * the key is refused (422), and a request while another with the same key is still running gets 409 (retry).
 */
@Service
public class Checkout {

    /** Redemption keys; a second request with a key in use is told to retry. */
    static final KeyScope REDEMPTIONS = KeyScope.refusingWhileBusy("redemption", "redemption-in-progress");

    /** What a scanned code is. */
    public record Scan(boolean known, @Nullable UUID voucherId, @Nullable BigDecimal balance, @Nullable String currency, @Nullable Instant expiresAt,
            boolean spendable, @Nullable Decline reason) {
    }

    /** A redemption request. */
    public record Redeem(@Nullable String code, @Nullable BigDecimal amount, @Nullable String currency, @Nullable BigDecimal basketTotal,
            @Nullable UUID storeId) {
    }

    /** The answer: approved with the balance left, or declined with the reason. */
    public record Outcome(UUID redemptionId, boolean approved, @Nullable Decline reason, @Nullable UUID voucherId, Money amount,
            @Nullable Money balanceAfter, Instant at, boolean replayed) {
    }

    private final Redeeming redeeming = Redeeming.withAllCurrentPolicies();
    private final Vouchers vouchers;
    private final Redemptions redemptions;
    private final Acceptances acceptances;
    private final MerchantReplica.Lookup merchants;
    private final ExchangeRates rates;
    private final CheckoutPlaces places;
    private final IdempotentCommands commands;
    private final IntegrationEvents events;
    private final byte[] hashKey;
    private final Clock clock = Clock.systemUTC();

    Checkout(Vouchers vouchers, Redemptions redemptions, Acceptances acceptances, MerchantReplica.Lookup merchants, ExchangeRates rates,
            CheckoutPlaces places, IdempotentCommands commands, IntegrationEvents events, VoucherCodeSettings codes) {
        this.vouchers = vouchers;
        this.redemptions = redemptions;
        this.acceptances = acceptances;
        this.merchants = merchants;
        this.rates = rates;
        this.places = places;
        this.commands = commands;
        this.events = events;
        this.hashKey = codes.hashKeyBytes();
    }

    @Transactional(readOnly = true)
    public Scan scan(@Nullable String code, @Nullable UUID storeId, Caller caller) {
        CheckoutPlaces.Place place = places.of(storeId, caller);
        Optional<Spending.Voucher> held = vouchers.byCodeHash(parse(code).keyedHash(hashKey));
        if (held.isEmpty()) {
            return new Scan(false, null, null, null, null, false, Decline.UNKNOWN_CODE);
        }
        Spending.Voucher voucher = held.get();
        Decline reason = redeeming.scan(spending(voucher, place, clock.instant())).orElse(null);
        return new Scan(true, voucher.id(), Money.of(voucher.balance(), voucher.currency()).major(), voucher.currency().name(), voucher.expiresAt(),
                reason == null, reason);
    }

    @Transactional
    public Outcome redeem(Redeem request, @Nullable String key, Caller caller) {
        return redeem(request, key, caller, clock.instant());
    }

    /**
     * A redemption as if made at {@code at}: the same checks, debit, record and event. Only the demo's
     * settled past weeks use a moment other than now ({@link DemoSettledWeeks}).
     */
    @Transactional
    Outcome redeem(Redeem request, @Nullable String key, Caller caller, Instant at) {
        IdempotencyKey idempotencyKey = IdempotencyKey.of(caller.subject(), key);
        String requestHash = fingerprint(request);
        return commands.run(REDEMPTIONS, idempotencyKey, requestHash, () -> redemptions.earlier(idempotencyKey),
                () -> carryOut(request, idempotencyKey, requestHash, caller, at.truncatedTo(ChronoUnit.MICROS))).value();
    }

    private Outcome carryOut(Redeem request, IdempotencyKey key, String requestHash, Caller caller, Instant now) {
        CheckoutPlaces.Place place = places.of(request.storeId(), caller);
        VoucherCode code = parse(request.code());
        Money amount = amount(request);
        Long basket = basket(request, amount);
        UUID id = UUID.randomUUID();
        Optional<Spending.Voucher> held = vouchers.byCodeHash(code.keyedHash(hashKey));
        UUID voucherId = held.map(Spending.Voucher::id).orElse(null);
        Decline reason = Decline.UNKNOWN_CODE;
        if (held.isPresent()) {
            Redeeming.Decision decision = redeeming.redeem(new Redemption(spending(held.get(), place, now), amount));
            if (decision instanceof Redeeming.Approved(Conversion conversion)) {
                Optional<Vouchers.Changed> debited = vouchers.debit(voucherId, conversion.debit(), now);
                if (debited.isPresent()) {
                    return approved(id, key, requestHash, voucherId, place, basket, conversion, debited.get(), now);
                }
                reason = Decline.INSUFFICIENT_BALANCE; // the balance (or status) changed since it was read: the update refused
            } else if (decision instanceof Redeeming.Declined(Decline declined)) {
                reason = declined;
            }
        }
        redemptions.add(new Redemptions.Answered(id, key, requestHash, voucherId, place, amount, basket, reason, null, null, now, null));
        return new Outcome(id, false, reason, voucherId, amount, null, now, false);
    }

    private Outcome approved(UUID id, IdempotencyKey key, String requestHash, UUID voucherId, CheckoutPlaces.Place place, @Nullable Long basket,
            Conversion conversion, Vouchers.Changed debited, Instant now) {
        Money debit = conversion.debit();
        Money credit = conversion.credit();
        redemptions.add(new Redemptions.Answered(id, key, requestHash, voucherId, place, debit, basket, null, debited.balance(), debited.sequence(), now,
                conversion));
        events.publish(new VoucherRedeemed(id, voucherId, place.merchantId(), place.storeId(), debit.minor(), debit.currency().name(), credit.minor(),
                credit.currency().name(), conversion.rate().stripTrailingZeros().toPlainString(), debited.balance(), debited.sequence(), now));
        return new Outcome(id, true, null, voucherId, debit, Money.of(debited.balance(), debit.currency()), now, false);
    }

    /** What the decision looks at: the voucher as loaded, the till with its merchant's standing and acceptances, the rate, the moment. */
    private Spending spending(Spending.Voucher voucher, CheckoutPlaces.Place place, Instant now) {
        Spending.MerchantStatus merchant = Spending.MerchantStatus.of(merchants.byId(place.merchantId()).map(MerchantReplica::status).orElse(null));
        Spending.Till till = new Spending.Till(place.merchantId(), place.storeId(), place.cityCode(), merchant,
                acceptances.programsAcceptedBy(place.merchantId()));
        return new Spending(voucher, till, rates.eurHuf().orElse(null), now);
    }

    private VoucherCode parse(@Nullable String code) {
        return VoucherCode.parse(code).orElseThrow(() -> RequestRejected.invalid(List.of(new Violation("code", "checkout.code-invalid"))));
    }

    private static Money amount(Redeem request) {
        Currency currency = request.currency() == null ? null : Currency.of(request.currency()).orElse(null);
        if (currency == null) {
            throw RequestRejected.invalid(List.of(new Violation("currency", "checkout.currency", String.valueOf(request.currency()))));
        }
        if (request.amount() == null || request.amount().signum() <= 0) {
            throw RequestRejected.invalid(List.of(new Violation("amount", "checkout.amount-positive")));
        }
        if (!Money.fits(request.amount(), currency)) {
            throw RequestRejected.invalid(List.of(new Violation("amount", "checkout.amount-decimals", currency.name(), currency.decimals())));
        }
        return Money.ofMajor(request.amount(), currency);
    }

    private static @Nullable Long basket(Redeem request, Money amount) {
        if (request.basketTotal() == null) {
            return null;
        }
        if (request.basketTotal().signum() <= 0 || !Money.fits(request.basketTotal(), amount.currency())) {
            throw RequestRejected.invalid(List.of(new Violation("basketTotal", "checkout.basket")));
        }
        return Money.ofMajor(request.basketTotal(), amount.currency()).minor();
    }

    /** The request as stored with its answer: the code as normalised (or as sent when it is none), amounts by value. Never change its form. */
    static String fingerprint(Redeem request) {
        return RequestFingerprint.of(VoucherCode.parse(request.code()).map(VoucherCode::value).orElse(request.code()), request.amount(), request.currency(),
                request.basketTotal(), request.storeId()).sha256();
    }
}
