package org.citycoop.voucher.bulk;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk orders of employers (operators): {@code POST /api/bulk-orders} as multipart with the part
 * {@code order} (JSON) and the part {@code employees} (CSV); {@code ?dryRun=true} checks without
 * ordering. Tax-free caps per country: read and set by operators.
 */
@RestController
class BulkOrderController {

    record WarningView(String field, String message) {
    }

    record OrderView(@Nullable UUID orderId, UUID programId, int lines, BigDecimal total, String currency, List<WarningView> warnings, boolean dryRun,
            @Nullable String vouchersPdf) {
    }

    record CapView(String country, @Nullable BigDecimal amount, @Nullable String currency, String note) {
    }

    record SetCap(@Nullable BigDecimal amount, @Nullable String currency, @Nullable String note) {
    }

    private final BulkOrders orders;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    BulkOrderController(BulkOrders orders, MessageSource messages, JdbcClient jdbc) {
        this.orders = orders;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @PostMapping(path = "/api/bulk-orders", consumes = "multipart/form-data")
    ResponseEntity<OrderView> order(@RequestPart("order") BulkOrders.OrderDetails details, @RequestPart("employees") MultipartFile employees,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        byte[] csv;
        try {
            csv = employees.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BulkOrders.Order order = orders.place(details, csv, key, dryRun, Caller.current().orElseThrow());
        List<WarningView> warnings = order.warnings().stream()
                .map(w -> new WarningView(w.field(), messages.getMessage(w.code(), w.args(), LocaleContextHolder.getLocale()))).toList();
        String pdf = order.orderId() == null ? null : "/api/bulk-orders/" + order.orderId() + "/vouchers.pdf";
        OrderView view = new OrderView(order.orderId(), order.programId(), order.lines(), order.total().major(), order.total().currency().name(), warnings,
                order.dryRun(), pdf);
        if (order.dryRun() || order.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", String.valueOf(order.replayed())).body(view);
        }
        return ResponseEntity.created(URI.create("/api/bulk-orders/" + order.orderId())).body(view);
    }

    @GetMapping("/api/tax-free-caps")
    List<CapView> caps() {
        return jdbc.sql("SELECT country, amount, currency, note FROM tax_free_cap ORDER BY country")
                .query((rs, n) -> {
                    String currency = rs.getString("currency");
                    long amount = rs.getLong("amount");
                    boolean none = rs.wasNull();
                    return new CapView(rs.getString("country"), none ? null : Money.of(amount, Currency.valueOf(currency.strip())).major(),
                            currency == null ? null : currency.strip(), rs.getString("note"));
                }).list();
    }

    @PutMapping("/api/tax-free-caps/{country}")
    CapView setCap(@PathVariable String country, @RequestBody SetCap cap) {
        if (!BulkOrders.COUNTRIES.contains(country)) {
            throw new RequestRejected(HttpStatus.NOT_FOUND, "country-unknown", List.of(), country);
        }
        Long minor = null;
        if (cap.amount() != null || cap.currency() != null) {
            Currency currency = cap.currency() == null ? null : Currency.of(cap.currency()).orElse(null);
            if (currency == null) {
                throw RequestRejected.invalid(List.of(new Violation("currency", "program.currency-unknown", String.valueOf(cap.currency()))));
            }
            if (cap.amount() == null || cap.amount().signum() < 0 || !Money.fits(cap.amount(), currency)) {
                throw RequestRejected.invalid(List.of(new Violation("amount", "bulk.cap-amount", currency.name())));
            }
            minor = Money.ofMajor(cap.amount(), currency).minor();
        }
        String note = cap.note() == null || cap.note().isBlank() ? "set by " + Caller.current().orElseThrow().subject() : cap.note().strip();
        jdbc.sql("UPDATE tax_free_cap SET amount = :amount, currency = :currency, note = :note, updated_at = now() WHERE country = :country")
                .param("amount", minor).param("currency", minor == null ? null : cap.currency()).param("note", note).param("country", country).update();
        return caps().stream().filter(c -> c.country().equals(country)).findFirst().orElseThrow();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules bulkOrderRules() {
            return EndpointRules.builder()
                    .roles(POST, "/api/bulk-orders", Role.OPERATOR)
                    .roles(GET, "/api/tax-free-caps", Role.OPERATOR)
                    .roles(PUT, "/api/tax-free-caps/{country}", Role.OPERATOR)
                    .build();
        }
    }
}
