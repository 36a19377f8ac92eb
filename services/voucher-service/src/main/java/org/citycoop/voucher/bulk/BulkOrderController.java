package org.citycoop.voucher.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.citycoop.platform.i18n.Formats;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.voucher.bulk.decision.OrderRefusal;
import org.citycoop.voucher.issuance.decision.SaleRefusal;
import org.citycoop.voucher.taxfree.TaxFreeRule;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import lombok.RequiredArgsConstructor;

/**
 * Bulk orders of employers (operators): {@code POST /api/bulk-orders} as multipart with the part
 * {@code order} (JSON) and the part {@code employees} (CSV); {@code ?dryRun=true} checks without
 * ordering. An order over its country's tax-free rule is refused with 422 (rules: {@code /api/tax-free-rules}, ADR 28).
 */
@RestController
@RequiredArgsConstructor
class BulkOrderController {

    record WarningView(String field, String message) {
    }

    record OrderView(@Nullable UUID orderId, UUID programId, int lines, BigDecimal total, String currency, List<WarningView> warnings, boolean dryRun,
            @Nullable String vouchersPdf) {
    }

    private final BulkOrders orders;
    private final MessageSource messages;

    @Roles(Role.OPERATOR)
    @PostMapping(path = "/api/bulk-orders", consumes = "multipart/form-data")
    ResponseEntity<OrderView> order(@RequestPart("order") BulkOrders.OrderDetails details, @RequestPart("employees") MultipartFile employees,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        byte[] csv;
        try {
            csv = employees.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locale locale = LocaleContextHolder.getLocale();
        BulkOrders.Order order = switch (orders.place(details, csv, key, dryRun, Caller.current().orElseThrow())) {
            case BulkOrders.Refused(OrderRefusal refusal) -> throw problem(refusal, locale);
            case BulkOrders.Order placed -> placed;
        };
        List<WarningView> warnings = order.warnings().stream()
                .map(w -> new WarningView(w.field(), messages.getMessage(w.code(), shown(w.args(), locale), locale))).toList();
        String pdf = order.orderId() == null ? null : "/api/bulk-orders/" + order.orderId() + "/vouchers.pdf";
        OrderView view = new OrderView(order.orderId(), order.programId(), order.lines(), order.total().major(), order.total().currency().name(), warnings,
                order.dryRun(), pdf);
        if (order.dryRun() || order.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", String.valueOf(order.replayed())).body(view);
        }
        return ResponseEntity.created(URI.create("/api/bulk-orders/" + order.orderId())).body(view);
    }

    /** A refused order as its problem detail: 400 naming every field and row at fault, 409 for a closed program, 422 for the tax-free rule. */
    private RequestRejected problem(OrderRefusal refusal, Locale locale) {
        return switch (refusal) {
            case OrderRefusal.NotSold(SaleRefusal.Invalid(var problems)) -> RequestRejected.invalid(
                    problems.stream().map(problem -> new Violation(problem.field(), problem.code(), problem.args().toArray())).toList());
            case OrderRefusal.NotSold(SaleRefusal.NotOnSale(var programName)) ->
                new RequestRejected(HttpStatus.CONFLICT, "program-not-on-sale", List.of(), programName);
            case OrderRefusal.OverTaxFreeRule over -> overTheRule(over, locale);
            case OrderRefusal.RuleInOtherCurrency(var rule, var orderCurrency) -> new RequestRejected(HttpStatus.UNPROCESSABLE_CONTENT,
                    "tax-free-rule-currency", List.of(), rule.country(), rule.currency().name(), orderCurrency);
        };
    }

    /** 422 naming every line over the rule (employee, what they had and would have), the country's limit in words and its legal source. */
    private RequestRejected overTheRule(OrderRefusal.OverTaxFreeRule over, Locale locale) {
        TaxFreeRule rule = over.rule();
        String language = Formats.language(locale.toLanguageTag());
        List<Violation> lines = over.over().stream().map(o -> new Violation("employees[" + o.gift().line() + "].amount",
                switch (o.breach()) {
                    case PERIOD_LIMIT -> "bulk.cap-period";
                    case PER_OCCASION -> "bulk.cap-per-occasion";
                    case OCCASIONS -> "bulk.cap-occasions";
                }, o.gift().employeeRef(), o.gift().name(), Formats.money(o.received(), language), Formats.money(o.after(), language),
                Formats.money(rule.limit(), language), rule.perOccasion() == null ? "" : Formats.money(rule.perOccasion(), language),
                rule.occasions() == null ? "" : String.valueOf(rule.occasions()), String.valueOf(o.ordersAfter()), Formats.money(o.gift().amount(), language)))
                .toList();
        return new RequestRejected(HttpStatus.UNPROCESSABLE_CONTENT, "tax-free-cap-exceeded", lines, rule.country(), limit(rule, locale), rule.source());
    }

    /** "186,00 € im Kalenderjahr", with "höchstens 32 280 Ft je Gutschein, an höchstens 3 Anlässen" where the rule has them. */
    private String limit(TaxFreeRule rule, Locale locale) {
        String language = Formats.language(locale.toLanguageTag());
        StringBuilder text = new StringBuilder(messages.getMessage("tax-free.rule." + rule.period().name().toLowerCase(Locale.ROOT),
                new Object[] {Formats.money(rule.limit(), language)}, locale));
        if (rule.perOccasion() != null) {
            text.append(", ").append(messages.getMessage("tax-free.rule.per-occasion", new Object[] {Formats.money(rule.perOccasion(), language)}, locale));
        }
        if (rule.occasions() != null) {
            text.append(", ").append(messages.getMessage("tax-free.rule.occasions", new Object[] {String.valueOf(rule.occasions())}, locale));
        }
        return text.toString();
    }

    /** Money in a warning's arguments as people of the caller's language write it. */
    private static Object[] shown(Object[] args, Locale locale) {
        String language = Formats.language(locale.toLanguageTag());
        return java.util.Arrays.stream(args).map(arg -> arg instanceof Money money ? Formats.money(money, language) : arg).toArray();
    }
}
