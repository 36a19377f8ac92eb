package org.citycoop.redemption.checkout;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.platform.events.IntegrationEvents;
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
 * The till's two questions: what is this code worth here (scan), and take this much off it (redeem).
 * A redemption debits with one conditional update ({@code balance >= amount}) in the same transaction
 * as its record and its {@code VoucherRedeemed} event: never read-then-write, never below zero. Each
 * redemption carries an {@code Idempotency-Key}: the same key and request get the same answer without
 * a second debit, another request under the key is refused (422), and a request while another with the
 * same key is still running gets 409 (retry).
 */
@Service
public class Checkout {

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

    private record Held(UUID id, UUID programId, String currency, long balance, String status, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final KeyLocks keyLocks;
    private final IntegrationEvents events;
    private final CheckoutPlaces places;
    private final byte[] hashKey;
    private final Clock clock = Clock.systemUTC();

    Checkout(JdbcClient jdbc, KeyLocks keyLocks, IntegrationEvents events, CheckoutPlaces places, @Value("${citycoop.voucher-codes.hash-key}") String hashKey) {
        this.jdbc = jdbc;
        this.keyLocks = keyLocks;
        this.events = events;
        this.places = places;
        this.hashKey = Base64.getDecoder().decode(hashKey);
    }

    @Transactional(readOnly = true)
    public Scan scan(@Nullable String code, @Nullable UUID storeId, Caller caller) {
        CheckoutPlaces.Place place = places.of(storeId, caller);
        Optional<Held> held = held(parse(code));
        if (held.isEmpty()) {
            return new Scan(false, null, null, null, null, false, Decline.UNKNOWN_CODE);
        }
        Held voucher = held.get();
        Decline reason = refusal(voucher, place);
        if (reason == null && voucher.balance() == 0) {
            reason = Decline.INSUFFICIENT_BALANCE;
        }
        return new Scan(true, voucher.id(), Money.of(voucher.balance(), Currency.valueOf(voucher.currency())).major(), voucher.currency(),
                voucher.expiresAt(), reason == null, reason);
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
        key = org.citycoop.platform.web.IdempotencyKeys.require(key);
        String requestHash = hash(request);
        keyLocks.lock(KeyLocks.Use.REDEMPTION, caller, key);
        Optional<Outcome> earlier = earlier(caller.subject(), key, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CheckoutPlaces.Place place = places.of(request.storeId(), caller);
        VoucherCode code = parse(request.code());
        Money amount = amount(request);
        Long basket = basket(request, amount);
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        Optional<Held> held = held(code);
        Optional<Conversion> conversion = held.flatMap(voucher -> convert(amount, voucher, place));
        Decline reason = held.isEmpty() ? Decline.UNKNOWN_CODE : refusal(held.get(), place);
        if (reason == null && conversion.isEmpty()) {
            reason = Decline.WRONG_CURRENCY;
        }
        if (reason == null && held.get().balance() < conversion.get().debit().minor()) {
            reason = Decline.INSUFFICIENT_BALANCE;
        }
        if (reason == null) {
            Money debit = conversion.get().debit();
            Money credit = conversion.get().credit();
            record Debited(long balance, long sequence) {
            }
            Optional<Debited> debited = jdbc.sql("""
                    UPDATE voucher SET balance = balance - :amount, sequence = sequence + 1
                    WHERE id = :id AND balance >= :amount AND status = 'ACTIVE' AND expires_at > :now
                    RETURNING balance, sequence""")
                    .param("amount", debit.minor()).param("id", held.get().id()).param("now", Timestamp.from(now)).query(Debited.class).optional();
            if (debited.isPresent()) {
                record(id, caller, key, requestHash, held.get().id(), place, debit, basket, null, debited.get().balance(), debited.get().sequence(), now,
                        conversion.get());
                events.publish(new VoucherRedeemed(id, held.get().id(), place.merchantId(), place.storeId(), debit.minor(), debit.currency().name(),
                        credit.minor(), credit.currency().name(), conversion.get().rate().stripTrailingZeros().toPlainString(), debited.get().balance(),
                        debited.get().sequence(), now));
                return new Outcome(id, true, null, held.get().id(), debit, Money.of(debited.get().balance(), debit.currency()), now, false);
            }
            reason = Decline.INSUFFICIENT_BALANCE; // the balance (or status) changed since it was read: the update refused
        }
        UUID voucherId = held.map(Held::id).orElse(null);
        record(id, caller, key, requestHash, voucherId, place, amount, basket, reason, null, null, now, null);
        return new Outcome(id, false, reason, voucherId, amount, null, now, false);
    }

    /** Why {@code voucher} cannot be spent at {@code place} at all (the amount is checked after conversion), or null if it can. */
    private @Nullable Decline refusal(Held voucher, CheckoutPlaces.Place place) {
        if ("CANCELLED".equals(voucher.status())) {
            return Decline.CANCELLED;
        }
        if ("EXPIRED".equals(voucher.status()) || !voucher.expiresAt().isAfter(clock.instant())) {
            return Decline.EXPIRED;
        }
        String merchantStatus = jdbc.sql("SELECT status FROM merchant_replica WHERE merchant_id = :m").param("m", place.merchantId())
                .query(String.class).optional().orElse("UNKNOWN");
        if (!"ACTIVE".equals(merchantStatus)) {
            return Decline.MERCHANT_SUSPENDED;
        }
        boolean accepted = jdbc.sql("""
                SELECT count(*) FROM acceptance a JOIN program p ON p.id = a.program_id
                WHERE a.merchant_id = :m AND a.program_id = :p AND :city = ANY (p.city_codes)""")
                .param("m", place.merchantId()).param("p", voucher.programId()).param("city", place.cityCode()).query(Long.class).single() > 0;
        if (!accepted) {
            return Decline.NOT_ACCEPTED_HERE;
        }
        if (!storeCurrency(place).equals(voucher.currency()) && rate().isEmpty()) {
            return Decline.WRONG_CURRENCY;
        }
        return null;
    }

    /** What the till asked for, in the voucher's currency and in the store's (converted at the reference rate where they differ). */
    private record Conversion(Money debit, Money credit, BigDecimal rate) {
    }

    /** Empty when the amount is in neither the voucher's nor the store's currency, or no rate is set. */
    private Optional<Conversion> convert(Money requested, Held voucher, CheckoutPlaces.Place place) {
        Currency voucherCurrency = Currency.valueOf(voucher.currency().strip());
        Currency storeCurrency = Currency.valueOf(storeCurrency(place));
        if (voucherCurrency == storeCurrency) {
            return requested.currency() == voucherCurrency ? Optional.of(new Conversion(requested, requested, BigDecimal.ONE)) : Optional.empty();
        }
        if (requested.currency() != voucherCurrency && requested.currency() != storeCurrency) {
            return Optional.empty();
        }
        return rate().map(hufPerEur -> {
            Money other = requested.currency() == Currency.EUR
                    ? Money.ofMajor(requested.major().multiply(hufPerEur).setScale(0, java.math.RoundingMode.HALF_UP), Currency.HUF)
                    : Money.ofMajor(requested.major().divide(hufPerEur, 2, java.math.RoundingMode.HALF_UP), Currency.EUR);
            Money debit = requested.currency() == voucherCurrency ? requested : other;
            Money credit = requested.currency() == voucherCurrency ? other : requested;
            return new Conversion(debit, credit, hufPerEur);
        }).filter(conversion -> conversion.debit().isPositive() && conversion.credit().isPositive());
    }

    private Optional<BigDecimal> rate() {
        return jdbc.sql("SELECT rate FROM exchange_rate WHERE pair = 'EUR/HUF'").query(BigDecimal.class).optional();
    }

    private static String storeCurrency(CheckoutPlaces.Place place) {
        return PartnerCity.byCode(place.cityCode()).map(PartnerCity::currency).orElseThrow();
    }

    private void record(UUID id, Caller caller, String key, String requestHash, @Nullable UUID voucherId, CheckoutPlaces.Place place, Money amount, @Nullable Long basket,
            @Nullable Decline reason, @Nullable Long balanceAfter, @Nullable Long sequence, Instant at, @Nullable Conversion conversion) {
        jdbc.sql("""
                INSERT INTO redemption (id, caller, idempotency_key, request_hash, voucher_id, merchant_id, store_id, amount, currency, basket_total,
                                        outcome, decline_reason, balance_after, sequence, at, merchant_amount, merchant_currency, exchange_rate)
                VALUES (:id, :caller, :key, :hash, :voucher, :merchant, :store, :amount, :currency, :basket, :outcome, :reason, :balance, :sequence, :at,
                        :credit, :creditCurrency, :rate)""")
                .param("credit", conversion == null ? null : conversion.credit().minor())
                .param("creditCurrency", conversion == null ? null : conversion.credit().currency().name())
                .param("rate", conversion == null ? null : conversion.rate())
                .param("id", id).param("caller", caller.subject()).param("key", key).param("hash", requestHash).param("voucher", voucherId)
                .param("merchant", place.merchantId()).param("store", place.storeId()).param("amount", amount.minor())
                .param("currency", amount.currency().name()).param("basket", basket).param("outcome", reason == null ? "APPROVED" : "DECLINED")
                .param("reason", reason == null ? null : reason.name()).param("balance", balanceAfter).param("sequence", sequence)
                .param("at", Timestamp.from(at)).update();
    }

    private Optional<Outcome> earlier(String caller, String key, String requestHash) {
        record Row(UUID id, String requestHash, @Nullable UUID voucherId, long amount, String currency, String outcome, @Nullable String declineReason,
                @Nullable Long balanceAfter, Instant at) {
        }
        return jdbc.sql("""
                SELECT id, request_hash, voucher_id, amount, currency, outcome, decline_reason, balance_after, at FROM redemption
                WHERE caller = :caller AND idempotency_key = :key""").param("caller", caller).param("key", key).query(Row.class).optional()
                .map(row -> {
                    if (!row.requestHash().equals(requestHash)) {
                        throw new RequestRejected(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", List.of());
                    }
                    Currency currency = Currency.valueOf(row.currency().strip());
                    return new Outcome(row.id(), "APPROVED".equals(row.outcome()), row.declineReason() == null ? null : Decline.valueOf(row.declineReason()),
                            row.voucherId(), Money.of(row.amount(), currency), row.balanceAfter() == null ? null : Money.of(row.balanceAfter(), currency),
                            row.at(), true);
                });
    }

    private VoucherCode parse(@Nullable String code) {
        return VoucherCode.parse(code).orElseThrow(() -> RequestRejected.invalid(List.of(new Violation("code", "checkout.code-invalid"))));
    }

    private Optional<Held> held(VoucherCode code) {
        return jdbc.sql("SELECT id, program_id, currency, balance, status, expires_at FROM voucher WHERE code_hash = :h")
                .param("h", code.keyedHash(hashKey)).query(Held.class).optional();
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

    private static String hash(Redeem request) {
        String canonical = String.join("|", String.valueOf(VoucherCode.parse(request.code()).map(VoucherCode::value).orElse(request.code())),
                request.amount() == null ? "null" : request.amount().stripTrailingZeros().toPlainString(), String.valueOf(request.currency()),
                request.basketTotal() == null ? "null" : request.basketTotal().stripTrailingZeros().toPlainString(), String.valueOf(request.storeId()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
