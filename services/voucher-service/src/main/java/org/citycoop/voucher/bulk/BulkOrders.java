package org.citycoop.voucher.bulk;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.citycoop.voucher.bulk.decision.BulkOrder;
import org.citycoop.voucher.bulk.decision.OrderRefusal;
import org.citycoop.voucher.bulk.decision.Ordering;
import org.citycoop.voucher.issuance.Issuance;
import org.citycoop.voucher.issuance.Offers;
import org.citycoop.voucher.issuance.Voucher;
import org.citycoop.voucher.issuance.decision.ProgramAsked;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.citycoop.voucher.taxfree.TaxFreeAllowance;
import org.citycoop.voucher.taxfree.TaxFreeRule;
import org.citycoop.voucher.taxfree.TaxFreeRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Use case: an employer orders vouchers for its employees — one bearer voucher per row of the uploaded
 * list, printed with the employee's name. Loads the program and reads the list, asks {@link Ordering} to
 * check the order, locks the employer's orders, loads what each employee already received and asks
 * {@link Ordering} about the country's tax-free rule (ADR 28): an order with rows over it is refused, rows
 * above 80 % of it are warned about. Every row's problems come back at once. A dry run checks without
 * ordering; a real order needs an {@code Idempotency-Key} (a retry returns the same order) and stores the
 * order, its lines and its vouchers with their events in one transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BulkOrders {

    /** The order's details (the employees come as a CSV file). */
    public record OrderDetails(@Nullable UUID programId, @Nullable String companyName, @Nullable String companyVatId, @Nullable String country,
            @Nullable BigDecimal amountEach, @Nullable String currency, @Nullable String paymentMethod) {
    }

    /** Something the operator should know, that does not stop the order. */
    public record Warning(String field, String code, Object... args) {
    }

    /** What an order request comes to: the order, or why there is none. */
    public sealed interface Result permits Order, Refused {
    }

    /** The order (or, in a dry run, what it would be). */
    public record Order(@Nullable UUID orderId, UUID programId, int lines, Money total, List<Warning> warnings, boolean dryRun, boolean replayed)
            implements Result {
    }

    /** Nothing ordered, for {@code refusal} (a problem detail at the web edge). */
    public record Refused(OrderRefusal refusal) implements Result {
    }

    /** A second order with a key still in use waits for the first, then gets its answer. */
    private static final KeyScope ORDERS = KeyScope.waiting("bulk-order");

    private final Ordering ordering = Ordering.withAllCurrentPolicies();
    private final BulkOrderRecords records;
    private final IdempotentCommands commands;
    private final Programs programs;
    private final Issuance issuance;
    private final TaxFreeRules taxFreeRules;
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Result place(OrderDetails details, byte[] csv, @Nullable String idempotencyKey, boolean dryRun, Caller caller) {
        if (dryRun) {
            return placeNow(details, csv, null, caller);
        }
        Claim claim = new Claim(IdempotencyKey.of(caller.subject(), idempotencyKey), fingerprint(details, csv));
        return commands.<Result>run(ORDERS, claim.key(), claim.requestHash(), () -> earlier(claim.key()), () -> placeNow(details, csv, claim, caller))
                .value();
    }

    /** The key and fingerprint a real order is stored under (a dry run has none). */
    private record Claim(IdempotencyKey key, String requestHash) {
    }

    private Result placeNow(OrderDetails details, byte[] csv, @Nullable Claim claim, Caller caller) {
        Optional<Program> program = Optional.ofNullable(details.programId()).flatMap(programs::byId);
        BulkOrder order = new BulkOrder(new ProgramAsked(details.programId(), program.map(Offers::of).orElse(null)), details.companyName(),
                details.companyVatId(), details.country(), details.amountEach(), details.currency(), details.paymentMethod(),
                EmployeeList.parse(new ByteArrayInputStream(csv)));
        Ordering.Valid valid;
        switch (ordering.check(order)) {
            case Ordering.Refused(OrderRefusal refusal) -> {
                return new Refused(refusal);
            }
            case Ordering.Valid checked -> valid = checked;
        }
        if (claim != null) {
            records.lockEmployer(valid.vatId());
        }
        TaxFreeRule rule = taxFreeRules.of(valid.country()).orElseThrow();
        ZoneId zone = BulkOrder.zoneOf(valid.country());
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Currency currency = valid.offer().currency();
        Map<String, TaxFreeAllowance.Received> received = records.received(valid.vatId(), currency,
                rule.period().start(today).atStartOfDay(zone).toInstant(), rule.period().end(today).atStartOfDay(zone).toInstant());
        return switch (ordering.withinTaxFreeRule(valid, rule, received)) {
            case Ordering.Refused(OrderRefusal refusal) -> new Refused(refusal);
            case Ordering.Place place -> {
                List<Warning> warnings = place.near().stream()
                        .map(near -> new Warning("employees[" + near.gift().line() + "].amount", "bulk.cap-near", near.after(), rule.limit())).toList();
                if (claim == null) {
                    yield new Order(null, valid.offer().programId(), valid.lines().size(), valid.total(), warnings, true, false);
                }
                yield new Order(store(valid, claim, program.orElseThrow(), now.atZone(zone).getYear(), now, caller), valid.offer().programId(),
                        valid.lines().size(), valid.total(), warnings, false, false);
            }
        };
    }

    /** The order, a voucher a line with its event, and the lines: the new order's id. */
    private UUID store(Ordering.Valid order, Claim claim, Program program, int year, Instant now, Caller caller) {
        UUID orderId = UUID.randomUUID();
        records.insert(orderId, claim.key(), claim.requestHash(), order, now);
        List<BulkOrderRecords.StoredLine> lines = new ArrayList<>(order.lines().size());
        for (Ordering.Line line : order.lines()) {
            Voucher voucher = issuance.issue(program, line.amount(), Voucher.Channel.BULK, order.paymentMethod(), null, null, caller.subject()).voucher();
            lines.add(new BulkOrderRecords.StoredLine(line, year, voucher.id()));
        }
        records.insertLines(orderId, lines);
        return orderId;
    }

    private Optional<Earlier<Result>> earlier(IdempotencyKey key) {
        return records.byKey(key).map(order -> new Earlier<Result>(order.requestHash(), () -> new Order(order.id(), order.programId(), order.lines(),
                Money.of(order.total(), Currency.valueOf(order.currency().strip())), List.of(), false, true)));
    }

    /** A digest of the order and its employee list, to tell a retry from a different order under the same key. */
    private static String fingerprint(OrderDetails details, byte[] csv) {
        return RequestFingerprint.of(details.programId(), details.companyName(), details.companyVatId(), details.country(), details.amountEach(),
                details.currency(), details.paymentMethod()).withContent(csv).sha256();
    }
}
