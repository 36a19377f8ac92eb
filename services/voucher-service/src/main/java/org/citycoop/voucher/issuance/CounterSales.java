package org.citycoop.voucher.issuance;

import java.math.BigDecimal;
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
import org.citycoop.voucher.codes.CodeVault;
import org.citycoop.voucher.issuance.decision.CounterSale;
import org.citycoop.voucher.issuance.decision.ProgramAsked;
import org.citycoop.voucher.issuance.decision.SaleRefusal;
import org.citycoop.voucher.issuance.decision.Selling;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.citycoop.voucher.shoppers.Shoppers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: an operator sells vouchers at the counter — an amount of an active program, paid in cash,
 * at a card terminal or by bank transfer — into a shopper's wallet or as bearer vouchers to print.
 * Loads the program and the shopper, asks {@link Selling}, and on {@code Sell} stores the sale and issues
 * its vouchers with their events in one transaction. Each request carries an {@code Idempotency-Key}: the
 * same key with the same request returns the same vouchers and sells nothing again; the same key with
 * another request is refused (422). Two requests with one key at once: the second waits for the first
 * and then gets its answer.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CounterSales {

    /** What the operator asks for. */
    public record SellVouchers(@Nullable UUID programId, @Nullable BigDecimal amount, @Nullable String currency, @Nullable String paymentMethod,
            @Nullable UUID shopperId, @Nullable Integer quantity) {
    }

    /** What a sale request comes to: the sale, or why there is none. */
    public sealed interface Result permits Sale, Refused {
    }

    /** The sale and its vouchers with their codes. */
    public record Sale(UUID saleId, UUID programId, String paymentMethod, @Nullable UUID shopperId, List<Issuance.Issued> vouchers, Money paid,
            boolean replayed) implements Result {
    }

    /** Nothing sold, for {@code refusal} (a problem detail at the web edge). */
    public record Refused(SaleRefusal refusal) implements Result {
    }

    /** A second sale with a key still in use waits for the first, then gets its answer. */
    private static final KeyScope SALES = KeyScope.waiting("counter-sale");

    private final Selling selling = Selling.withAllCurrentPolicies();
    private final CounterSaleRecords sales;
    private final IdempotentCommands commands;
    private final Programs programs;
    private final Shoppers shoppers;
    private final Issuance issuance;
    private final Vouchers vouchers;
    private final CodeVault vault;

    @Transactional
    public Result sell(SellVouchers request, @Nullable String idempotencyKey, Caller caller) {
        IdempotencyKey key = IdempotencyKey.of(caller.subject(), idempotencyKey);
        String requestHash = fingerprint(request);
        return commands.<Result>run(SALES, key, requestHash, () -> earlier(key), () -> sellNow(request, key, requestHash, caller)).value();
    }

    private Result sellNow(SellVouchers request, IdempotencyKey key, String requestHash, Caller caller) {
        Optional<Program> program = Optional.ofNullable(request.programId()).flatMap(programs::byId);
        boolean shopperKnown = request.shopperId() != null && shoppers.exists(request.shopperId());
        CounterSale sale = new CounterSale(new ProgramAsked(request.programId(), program.map(Offers::of).orElse(null)), request.amount(),
                request.currency(), request.paymentMethod(), request.shopperId(), shopperKnown, request.quantity());
        return switch (selling.decide(sale)) {
            case Selling.Refused(SaleRefusal refusal) -> new Refused(refusal);
            case Selling.Sell sell -> {
                UUID saleId = UUID.randomUUID();
                String paymentMethod = java.util.Objects.requireNonNull(request.paymentMethod());
                sales.insert(saleId, key, requestHash, program.orElseThrow().id(), paymentMethod, request.shopperId(), sell.quantity(), sell.priceEach(),
                        Instant.now());
                List<Issuance.Issued> issued = new ArrayList<>();
                for (int i = 0; i < sell.quantity(); i++) {
                    issued.add(issuance.issue(program.orElseThrow(), sell.priceEach(), Voucher.Channel.COUNTER, paymentMethod, request.shopperId(), saleId,
                            caller.subject()));
                }
                yield new Sale(saleId, program.orElseThrow().id(), paymentMethod, request.shopperId(), issued, sell.total(), false);
            }
        };
    }

    private Optional<Earlier<Result>> earlier(IdempotencyKey key) {
        return sales.byKey(key).map(sale -> new Earlier<Result>(sale.requestHash(), () -> {
            List<Issuance.Issued> issued = vouchers.ofSale(sale.id()).stream()
                    .map(v -> new Issuance.Issued(v, vault.unseal(vouchers.sealedCode(v.id()), v.id()))).toList();
            Currency currency = issued.getFirst().voucher().price().currency();
            return new Sale(sale.id(), sale.programId(), sale.paymentMethod(), sale.holderId(), issued, Money.of(sale.priceEach() * sale.quantity(), currency),
                    true);
        }));
    }

    /** A digest of the request's content, to tell a retry from a different request under the same key. */
    private static String fingerprint(SellVouchers request) {
        return RequestFingerprint.of(request.programId(), request.amount(), request.currency(), request.paymentMethod(), request.shopperId(),
                request.quantity() == null ? 1 : request.quantity()).sha256();
    }
}
