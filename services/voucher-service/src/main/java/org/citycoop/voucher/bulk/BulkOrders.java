package org.citycoop.voucher.bulk;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.platform.idempotency.Earlier;
import org.citycoop.platform.idempotency.IdempotencyKey;
import org.citycoop.platform.idempotency.IdempotentCommands;
import org.citycoop.platform.idempotency.KeyScope;
import org.citycoop.platform.idempotency.RequestFingerprint;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.voucher.issuance.Issuance;
import org.citycoop.voucher.issuance.Offer;
import org.citycoop.voucher.issuance.Voucher;
import org.citycoop.voucher.programs.Program;
import org.citycoop.voucher.programs.Programs;
import org.citycoop.voucher.taxfree.TaxFreeAllowance;
import org.citycoop.voucher.taxfree.TaxFreeCapExceeded;
import org.citycoop.voucher.taxfree.TaxFreeRule;
import org.citycoop.voucher.taxfree.TaxFreeRuleInOtherCurrency;
import org.citycoop.voucher.taxfree.TaxFreeRules;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: an employer orders vouchers for its employees — one bearer voucher per row of the uploaded
 * list, printed with the employee's name. Each employee's vouchers from this employer may not exceed
 * the tax-free rule of the country of employment (ADR 28): an order with rows over it is refused, rows
 * above 80 % of it are warned about. Every row's problems come back at once. A dry run checks without
 * ordering; a real order needs an {@code Idempotency-Key} (a retry returns the same order).
 */
@Service
public class BulkOrders {

    /** The order's details (the employees come as a CSV file). */
    public record OrderDetails(@Nullable UUID programId, @Nullable String companyName, @Nullable String companyVatId, @Nullable String country,
            @Nullable BigDecimal amountEach, @Nullable String currency, @Nullable String paymentMethod) {
    }

    /** Something the operator should know, that does not stop the order. */
    public record Warning(String field, String code, Object... args) {
    }

    /** The order (or, in a dry run, what it would be). */
    public record Order(@Nullable UUID orderId, UUID programId, int lines, Money total, List<Warning> warnings, boolean dryRun, boolean replayed) {
    }

    static final List<String> COUNTRIES = TaxFreeRules.COUNTRIES;
    static final List<String> PAYMENT_METHODS = List.of("BANK_TRANSFER", "CARD_TERMINAL", "CASH");

    /** A second order with a key still in use waits for the first, then gets its answer. */
    private static final KeyScope ORDERS = KeyScope.waiting("bulk-order");

    private final JdbcClient jdbc;
    private final IdempotentCommands commands;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final Programs programs;
    private final Issuance issuance;
    private final TaxFreeRules taxFreeRules;
    private final Clock clock = Clock.systemUTC();

    BulkOrders(JdbcClient jdbc, IdempotentCommands commands, org.springframework.jdbc.core.JdbcTemplate batch, Programs programs, Issuance issuance,
            TaxFreeRules taxFreeRules) {
        this.taxFreeRules = taxFreeRules;
        this.jdbc = jdbc;
        this.commands = commands;
        this.batch = batch;
        this.programs = programs;
        this.issuance = issuance;
    }

    @Transactional
    public Order place(OrderDetails details, byte[] csv, @Nullable String idempotencyKey, boolean dryRun, Caller caller) {
        if (dryRun) {
            return placeNow(details, csv, null, caller);
        }
        Claim claim = new Claim(IdempotencyKey.of(caller.subject(), idempotencyKey), fingerprint(details, csv));
        return commands.run(ORDERS, claim.key(), claim.requestHash(), () -> earlier(claim.key()), () -> placeNow(details, csv, claim, caller)).value();
    }

    /** The key and fingerprint a real order is stored under (a dry run has none). */
    private record Claim(IdempotencyKey key, String requestHash) {
    }

    private Order placeNow(OrderDetails details, byte[] csv, @Nullable Claim claim, Caller caller) {
        Offer offer = Offer.of(details.programId(), programs);
        List<Violation> problems = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        offer.checkCurrency(details.currency(), "currency", problems);
        String company = details.companyName() == null ? "" : details.companyName().strip();
        if (company.isEmpty() || company.length() > 200) {
            problems.add(new Violation("companyName", "bulk.company-name"));
        }
        String vat = details.companyVatId() == null ? "" : details.companyVatId().replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        if (!vat.matches("[A-Z]{2}[A-Z0-9]{6,14}")) {
            problems.add(new Violation("companyVatId", "bulk.company-vat-id"));
        }
        if (details.country() == null || !COUNTRIES.contains(details.country())) {
            problems.add(new Violation("country", "bulk.country"));
        }
        if (details.paymentMethod() == null || !PAYMENT_METHODS.contains(details.paymentMethod())) {
            problems.add(new Violation("paymentMethod", "sale.payment-method", String.join(", ", PAYMENT_METHODS)));
        }
        Money each = details.amountEach() == null ? null : offer.price(details.amountEach(), "amountEach", problems).orElse(null);
        List<EmployeeList.Row> rows = EmployeeList.parse(new ByteArrayInputStream(csv), problems);
        Map<EmployeeList.Row, Money> amounts = new java.util.LinkedHashMap<>();
        for (EmployeeList.Row row : rows) {
            if (row.amount() != null) {
                offer.price(row.amount(), "employees[" + row.line() + "].amount", problems).ifPresent(price -> amounts.put(row, price));
            } else if (each != null) {
                amounts.put(row, each);
            } else if (details.amountEach() == null && !row.amountUnreadable()) {
                problems.add(new Violation("employees[" + row.line() + "].amount", "bulk.amount-missing"));
            }
        }
        int year = clock.instant().atZone(zoneOf(details.country())).getYear();
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        if (claim != null) {
            // one employer's orders one after the other, so that two cannot both use the same room under the limit
            jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('bulk-order:' || :vat))) locked").param("vat", vat).query(Long.class)
                    .single();
        }
        checkTaxFreeRule(details.country(), vat, offer.currency(), amounts, warnings);
        Money total = amounts.values().stream().reduce(Money.zero(offer.currency()), Money::plus);
        if (claim == null) {
            return new Order(null, offer.program().id(), amounts.size(), total, warnings, true, false);
        }
        UUID orderId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO bulk_order (id, operator, idempotency_key, request_hash, program_id, company_name, company_vat_id, country, payment_method,
                                        currency, total, lines, ordered_at)
                VALUES (:id, :operator, :key, :hash, :program, :company, :vat, :country, :payment, :currency, :total, :lines, :at)""")
                .param("id", orderId).param("operator", claim.key().owner()).param("key", claim.key().value()).param("hash", claim.requestHash())
                .param("program", offer.program().id()).param("company", company).param("vat", vat).param("country", details.country())
                .param("payment", details.paymentMethod()).param("currency", offer.currency().name()).param("total", total.minor())
                .param("lines", amounts.size()).param("at", Timestamp.from(clock.instant())).update();
        Program program = offer.program();
        List<Object[]> lines = new ArrayList<>(amounts.size());
        for (Map.Entry<EmployeeList.Row, Money> line : amounts.entrySet()) {
            Voucher voucher = issuance.issue(program, line.getValue(), Voucher.Channel.BULK, details.paymentMethod(), null, null, caller.subject()).voucher();
            lines.add(new Object[] {orderId, line.getKey().line(), line.getKey().employeeRef(), line.getKey().name(), line.getValue().minor(), year,
                    voucher.id()});
        }
        // one batch for all lines (JdbcTemplate joins this transaction)
        batch.batchUpdate("""
                INSERT INTO bulk_order_line (order_id, line, employee_ref, employee_name, amount, year, voucher_id) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                lines);
        jdbc.sql("UPDATE voucher SET bulk_order_id = :o WHERE id IN (SELECT voucher_id FROM bulk_order_line WHERE order_id = :o)")
                .param("o", orderId).update();
        return new Order(orderId, program.id(), amounts.size(), total, warnings, false, false);
    }

    /**
     * The country's tax-free rule over every line, counting what each employee received from this
     * employer in the rule's period; refuses the order (domain refusals, 422 at the web edge) when a
     * line is over it or the rule is in another currency, warns about lines close to it.
     */
    private void checkTaxFreeRule(String country, String vat, Currency currency, Map<EmployeeList.Row, Money> amounts, List<Warning> warnings) {
        TaxFreeRule rule = taxFreeRules.of(country).orElseThrow();
        if (rule.currency() != currency) {
            throw new TaxFreeRuleInOtherCurrency(rule, currency.name());
        }
        ZoneId zone = zoneOf(country);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Map<String, TaxFreeAllowance.Received> already = new HashMap<>();
        jdbc.sql("""
                SELECT l.employee_ref, sum(l.amount) AS received, count(DISTINCT o.id) AS orders
                FROM bulk_order_line l JOIN bulk_order o ON o.id = l.order_id
                WHERE o.company_vat_id = :vat AND o.currency = :currency AND o.ordered_at >= :from AND o.ordered_at < :to
                GROUP BY l.employee_ref""")
                .param("vat", vat).param("currency", currency.name())
                .param("from", Timestamp.from(rule.period().start(today).atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(rule.period().end(today).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> already.put(rs.getString("employee_ref"),
                        new TaxFreeAllowance.Received(Money.of(rs.getLong("received"), currency), rs.getInt("orders"))))
                .list();
        List<TaxFreeAllowance.Gift> gifts = amounts.entrySet().stream()
                .map(line -> new TaxFreeAllowance.Gift(line.getKey().line(), line.getKey().employeeRef(), line.getKey().name(), line.getValue())).toList();
        TaxFreeAllowance.Outcome outcome = TaxFreeAllowance.check(rule, gifts, already);
        if (!outcome.allowed()) {
            throw new TaxFreeCapExceeded(rule, outcome.over());
        }
        outcome.near().forEach(near -> warnings.add(new Warning("employees[" + near.gift().line() + "].amount", "bulk.cap-near", near.after(), rule.limit())));
    }

    private Optional<Earlier<Order>> earlier(IdempotencyKey key) {
        record Row(UUID id, String requestHash, UUID programId, int lines, long total, String currency) {
        }
        return jdbc.sql("""
                SELECT id, request_hash, program_id, lines, total, currency FROM bulk_order WHERE operator = :operator AND idempotency_key = :key""")
                .param("operator", key.owner()).param("key", key.value()).query(Row.class).optional()
                .map(order -> new Earlier<>(order.requestHash(), () -> new Order(order.id(), order.programId(), order.lines(),
                        Money.of(order.total(), Currency.valueOf(order.currency().strip())), List.of(), false, true)));
    }

    private static ZoneId zoneOf(@Nullable String country) {
        return switch (country == null ? "" : country) {
            case "SI" -> PartnerCity.SI_PTUJ.zone();
            case "HU" -> PartnerCity.HU_LENTI.zone();
            default -> PartnerCity.AT_FELDBACH.zone();
        };
    }

    /** A digest of the order and its employee list, to tell a retry from a different order under the same key. */
    private static String fingerprint(OrderDetails details, byte[] csv) {
        return RequestFingerprint.of(details.programId(), details.companyName(), details.companyVatId(), details.country(), details.amountEach(),
                details.currency(), details.paymentMethod()).withContent(csv).sha256();
    }
}
