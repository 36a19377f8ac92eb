package org.citycoop.voucher.issuance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.idempotency.Earlier;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.idempotency.RequestFingerprint;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.citycoop.voucher.shoppers.Shoppers;
import org.jspecify.annotations.Nullable;
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

    /** A second sale with a key still in use waits for the first, then gets its answer. */
    private static final KeyScope SALES = KeyScope.waiting("counter-sale");

    private final JdbcClient jdbc;
    private final IdempotentCommands commands;
    private final Programs programs;
    private final Shoppers shoppers;
    private final Issuance issuance;
    private final Vouchers vouchers;
    private final CodeVault vault;

    CounterSales(JdbcClient jdbc, IdempotentCommands commands, Programs programs, Shoppers shoppers, Issuance issuance, Vouchers vouchers,
            CodeVault vault) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.programs = programs;
        this.shoppers = shoppers;
        this.issuance = issuance;
        this.vouchers = vouchers;
        this.vault = vault;
    }

    @Transactional
    public Sale sell(SellVouchers request, @Nullable String idempotencyKey, Caller caller) {
        IdempotencyKey key = IdempotencyKey.of(caller.subject(), idempotencyKey);
        String requestHash = fingerprint(request);
        return commands.run(SALES, key, requestHash, () -> earlier(key), () -> sellNow(request, key, requestHash, caller)).value();
    }

    private Sale sellNow(SellVouchers request, IdempotencyKey key, String requestHash, Caller caller) {
        Offer offer = Offer.of(request.programId(), programs);
        Program program = offer.program();
        Money price = validPrice(request, offer);
        int quantity = request.quantity() == null ? 1 : request.quantity();
        UUID saleId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO counter_sale (id, operator, idempotency_key, request_hash, program_id, payment_method, holder_id, quantity, price_each, sold_at)
                VALUES (:id, :operator, :key, :hash, :program, :payment, :holder, :quantity, :price, :at)""")
                .param("id", saleId).param("operator", key.owner()).param("key", key.value()).param("hash", requestHash)
                .param("program", program.id()).param("payment", request.paymentMethod()).param("holder", request.shopperId())
                .param("quantity", quantity).param("price", price.minor()).param("at", Timestamp.from(Instant.now())).update();
        List<Issuance.Issued> issued = new ArrayList<>();
        for (int i = 0; i < quantity; i++) {
            issued.add(issuance.issue(program, price, Voucher.Channel.COUNTER, request.paymentMethod(), request.shopperId(), saleId,
                    caller.subject()));
        }
        return new Sale(saleId, program.id(), request.paymentMethod(), request.shopperId(), issued,
                Money.of(Math.multiplyExact(price.minor(), quantity), price.currency()), false);
    }

    private Optional<Earlier<Sale>> earlier(IdempotencyKey key) {
        record Row(UUID id, String requestHash, UUID programId, String paymentMethod, @Nullable UUID holderId, int quantity, long priceEach) {
        }
        return jdbc.sql("""
                SELECT id, request_hash, program_id, payment_method, holder_id, quantity, price_each FROM counter_sale
                WHERE operator = :operator AND idempotency_key = :key""").param("operator", key.owner()).param("key", key.value()).query(Row.class)
                .optional().map(sale -> new Earlier<>(sale.requestHash(), () -> {
                    List<Issuance.Issued> issued = vouchers.ofSale(sale.id()).stream()
                            .map(v -> new Issuance.Issued(v, vault.unseal(vouchers.sealedCode(v.id()), v.id()))).toList();
                    Currency currency = issued.getFirst().voucher().price().currency();
                    return new Sale(sale.id(), sale.programId(), sale.paymentMethod(), sale.holderId(), issued,
                            Money.of(sale.priceEach() * sale.quantity(), currency), true);
                }));
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
    private static String fingerprint(SellVouchers request) {
        return RequestFingerprint.of(request.programId(), request.amount(), request.currency(), request.paymentMethod(), request.shopperId(),
                request.quantity() == null ? 1 : request.quantity()).sha256();
    }
}
