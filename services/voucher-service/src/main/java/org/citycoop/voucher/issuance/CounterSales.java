package org.citycoop.voucher.issuance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.citycoop.voucher.shoppers.Shoppers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: an operator sells vouchers at the counter — an amount of an active program, paid in cash,
 * at a card terminal or by bank transfer — into a shopper's wallet or as bearer vouchers to print.
 * Each request carries an {@code Idempotency-Key}: the same key with the same request returns the
 * same vouchers and sells nothing again; the same key with another request is refused (422).
 * Two requests with one key at once: the second waits for the first and then gets its answer.
 */
@Service
public class CounterSales {

    /** What the operator asks for. */
    public record SellVouchers(@Nullable UUID programId, @Nullable BigDecimal amount, @Nullable String currency, @Nullable String paymentMethod,
            @Nullable UUID shopperId, @Nullable Integer quantity) {
    }

    /** The sale and its vouchers with their codes. */
    public record Sale(UUID saleId, UUID programId, String paymentMethod, @Nullable UUID shopperId, List<Issuance.Issued> vouchers, Money paid,
            boolean replayed) {
    }

    public static final List<String> PAYMENT_METHODS = List.of("CASH", "CARD_TERMINAL", "BANK_TRANSFER");
    public static final int MAX_QUANTITY = 50;

    private final JdbcClient jdbc;
    private final Programs programs;
    private final Shoppers shoppers;
    private final Issuance issuance;
    private final Vouchers vouchers;
    private final CodeVault vault;

    CounterSales(JdbcClient jdbc, Programs programs, Shoppers shoppers, Issuance issuance, Vouchers vouchers, CodeVault vault) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.shoppers = shoppers;
        this.issuance = issuance;
        this.vouchers = vouchers;
        this.vault = vault;
    }

    @Transactional
    public Sale sell(SellVouchers request, @Nullable String idempotencyKey, Caller caller) {
        idempotencyKey = org.citycoop.platform.web.IdempotencyKeys.require(idempotencyKey);
        String requestHash = hash(request);
        Optional<Sale> earlier = earlier(caller.subject(), idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Offer offer = Offer.of(request.programId(), programs);
        Program program = offer.program();
        Money price = validPrice(request, offer);
        int quantity = request.quantity() == null ? 1 : request.quantity();
        UUID saleId = UUID.randomUUID();
        // the key is claimed first: a concurrent request with it waits here until this one commits or rolls back
        int claimed = jdbc.sql("""
                INSERT INTO counter_sale (id, operator, idempotency_key, request_hash, program_id, payment_method, holder_id, quantity, price_each, sold_at)
                VALUES (:id, :operator, :key, :hash, :program, :payment, :holder, :quantity, :price, :at)
                ON CONFLICT (operator, idempotency_key) DO NOTHING""")
                .param("id", saleId).param("operator", caller.subject()).param("key", idempotencyKey).param("hash", requestHash)
                .param("program", program.id()).param("payment", request.paymentMethod()).param("holder", request.shopperId())
                .param("quantity", quantity).param("price", price.minor()).param("at", Timestamp.from(Instant.now())).update();
        if (claimed == 0) {
            return earlier(caller.subject(), idempotencyKey, requestHash).orElseThrow();
        }
        List<Issuance.Issued> issued = new ArrayList<>();
        for (int i = 0; i < quantity; i++) {
            issued.add(issuance.issue(program, price, Voucher.Channel.COUNTER, request.paymentMethod(), request.shopperId(), saleId,
                    caller.subject()));
        }
        return new Sale(saleId, program.id(), request.paymentMethod(), request.shopperId(), issued,
                Money.of(Math.multiplyExact(price.minor(), quantity), price.currency()), false);
    }

    private Optional<Sale> earlier(String operator, String key, String requestHash) {
        record Earlier(UUID id, String requestHash, UUID programId, String paymentMethod, @Nullable UUID holderId, int quantity, long priceEach) {
        }
        Optional<Earlier> sale = jdbc.sql("""
                SELECT id, request_hash, program_id, payment_method, holder_id, quantity, price_each FROM counter_sale
                WHERE operator = :operator AND idempotency_key = :key""").param("operator", operator).param("key", key).query(Earlier.class).optional();
        if (sale.isEmpty()) {
            return Optional.empty();
        }
        if (!sale.get().requestHash().equals(requestHash)) {
            throw new RequestRejected(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", List.of());
        }
        List<Issuance.Issued> issued = vouchers.ofSale(sale.get().id()).stream()
                .map(v -> new Issuance.Issued(v, vault.unseal(vouchers.sealedCode(v.id()), v.id()))).toList();
        Currency currency = issued.getFirst().voucher().price().currency();
        return Optional.of(new Sale(sale.get().id(), sale.get().programId(), sale.get().paymentMethod(), sale.get().holderId(), issued,
                Money.of(sale.get().priceEach() * sale.get().quantity(), currency), true));
    }

    private Money validPrice(SellVouchers request, Offer offer) {
        List<Violation> problems = new ArrayList<>();
        offer.checkCurrency(request.currency(), "currency", problems);
        Money price = offer.price(request.amount(), "amount", problems).orElse(null);
        if (request.paymentMethod() == null || !PAYMENT_METHODS.contains(request.paymentMethod())) {
            problems.add(new Violation("paymentMethod", "sale.payment-method", String.join(", ", PAYMENT_METHODS)));
        }
        if (request.quantity() != null && (request.quantity() < 1 || request.quantity() > MAX_QUANTITY)) {
            problems.add(new Violation("quantity", "sale.quantity", 1, MAX_QUANTITY));
        }
        if (request.shopperId() != null && !shoppers.exists(request.shopperId())) {
            problems.add(new Violation("shopperId", "sale.shopper-unknown", request.shopperId()));
        }
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        return price;
    }

    /** A digest of the request's content, to tell a retry from a different request under the same key. */
    private static String hash(SellVouchers request) {
        String canonical = String.join("|", String.valueOf(request.programId()), request.amount() == null ? "null" : request.amount().stripTrailingZeros()
                .toPlainString(), String.valueOf(request.currency()), String.valueOf(request.paymentMethod()), String.valueOf(request.shopperId()),
                String.valueOf(request.quantity() == null ? 1 : request.quantity()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
