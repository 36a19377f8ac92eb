package org.citycoop.analytics.measures;

import static org.springframework.http.HttpMethod.GET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.citycoop.analytics.readmodel.Euros;
import org.citycoop.analytics.readmodel.HufRates;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measures for economists and operators (aggregates only). Common parameters: {@code from},
 * {@code to} (days, inclusive; the last 30 days by default), {@code cities}, {@code countries},
 * {@code sectors} (NACE divisions), {@code programs}, {@code currency} (EUR or HUF, the display
 * currency). {@code GET /api/analytics/spending?groupBy=city|country|sector|merchant|program|day|week|month},
 * {@code GET /api/analytics/vouchers?groupBy=issuer|program}, {@code GET /api/analytics/flows?by=issuer|home}.
 */
@RestController
class MeasuresController {

    private final Measures measures;
    private final HufRates rates;

    MeasuresController(Measures measures, HufRates rates) {
        this.measures = measures;
        this.rates = rates;
    }

    @GetMapping("/api/analytics/spending")
    ResponseEntity<?> spending(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "city") String groupBy, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "") List<String> countries, @RequestParam(defaultValue = "") List<String> sectors,
            @RequestParam(defaultValue = "") List<String> programs, @RequestParam(defaultValue = "EUR") String currency,
            @RequestParam(defaultValue = "none") String compare, @RequestParam(required = false) String top) {
        List<RequestRejected.Violation> violations = new java.util.ArrayList<>();
        Measures.SpendBy by = choice(Measures.SpendBy.class, "groupBy", groupBy, violations);
        Measures.Compare comparison = choice(Measures.Compare.class, "compare", compare, violations);
        Integer topCells = null;
        if (top != null) {
            try {
                topCells = Integer.valueOf(top);
            } catch (NumberFormatException notANumber) {
                topCells = -1;
            }
            if (topCells < 1 || topCells > 100) {
                violations.add(new RequestRejected.Violation("top", "measures.top", top));
            }
        }
        Scope scope = scope(from, to, cities, countries, sectors, programs, currency, violations(violations, format));
        Measures.SpendingAnswer answer = measures.spending(scope, by, comparison, topCells);
        return render(answer, answer::table, format, "spending-" + groupBy, scope);
    }

    @GetMapping("/api/analytics/vouchers")
    ResponseEntity<?> vouchers(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "issuer") String groupBy, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "") List<String> programs, @RequestParam(defaultValue = "EUR") String currency) {
        List<RequestRejected.Violation> violations = new java.util.ArrayList<>();
        if (!List.of("issuer", "program").contains(groupBy)) {
            violations.add(new RequestRejected.Violation("groupBy", "measures.choice", groupBy, "issuer, program"));
        }
        Scope scope = scope(from, to, cities, List.of(), List.of(), programs, currency, violations(violations, format));
        Measures.VoucherAnswer answer = measures.vouchers(scope, "program".equals(groupBy));
        return render(answer, answer::table, format, "vouchers-" + groupBy, scope);
    }

    @GetMapping("/api/analytics/flows")
    ResponseEntity<?> flows(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "issuer") String by, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "") List<String> sectors, @RequestParam(defaultValue = "") List<String> programs,
            @RequestParam(defaultValue = "EUR") String currency) {
        List<RequestRejected.Violation> violations = new java.util.ArrayList<>();
        Measures.FlowBy flowBy = choice(Measures.FlowBy.class, "by", by, violations);
        Scope scope = scope(from, to, cities, List.of(), sectors, programs, currency, violations(violations, format));
        Measures.FlowAnswer answer = measures.flows(scope, flowBy);
        return render(answer, answer::table, format, "flows-" + by, scope);
    }

    @GetMapping("/api/analytics/cities")
    ResponseEntity<?> cities(@RequestParam(defaultValue = "json") String format, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "") List<String> countries, @RequestParam(defaultValue = "") List<String> sectors,
            @RequestParam(defaultValue = "EUR") String currency) {
        Scope scope = scope(from, to, cities, countries, sectors, List.of(), currency, violations(new java.util.ArrayList<>(), format));
        Measures.CitiesAnswer answer = measures.cities(scope);
        return render(answer, answer::table, format, "cities", scope);
    }

    @GetMapping("/api/analytics/retention")
    ResponseEntity<?> retention(@RequestParam(defaultValue = "json") String format, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "EUR") String currency) {
        Scope scope = scope(from, to, cities, List.of(), List.of(), List.of(), currency, violations(new java.util.ArrayList<>(), format));
        Measures.RetentionAnswer answer = measures.retention(scope);
        return render(answer, answer::table, format, "retention", scope);
    }

    @GetMapping("/api/analytics/points")
    ResponseEntity<?> points(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "month") String groupBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities) {
        List<RequestRejected.Violation> violations = new java.util.ArrayList<>();
        if (!List.of("month", "city").contains(groupBy)) {
            violations.add(new RequestRejected.Violation("groupBy", "measures.choice", groupBy, "month, city"));
        }
        Scope scope = scope(from, to, cities, List.of(), List.of(), List.of(), "EUR", violations(violations, format));
        Measures.PointsAnswer answer = measures.points(scope, "city".equals(groupBy));
        return render(answer, answer::table, format, "points-" + groupBy, scope);
    }

    /** {@code violations}, plus one if {@code format} is not json, csv or xlsx. */
    private static List<RequestRejected.Violation> violations(List<RequestRejected.Violation> violations, String format) {
        if (!List.of("json", "csv", "xlsx").contains(format)) {
            violations.add(new RequestRejected.Violation("format", "measures.choice", format, "json, csv, xlsx"));
        }
        return violations;
    }

    /** The answer as JSON, or its table as a CSV or XLSX download named after the measure and the period. */
    private static ResponseEntity<?> render(Object answer, java.util.function.Supplier<Table> table, String format, String name, Scope scope) {
        if ("json".equals(format)) {
            return ResponseEntity.ok(answer);
        }
        String file = "citycoop-%s-%s-%s.%s".formatted(name, scope.from(), scope.to(), format);
        MediaType type = "csv".equals(format) ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // aggregates are small (a row per city, sector, day …): built in memory, then sent
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if ("csv".equals(format)) {
            table.get().csv(body);
        } else {
            table.get().xlsx(body);
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString()).body(body.toByteArray());
    }

    /** Checks the common parameters (and throws with every violation, {@code violations} found before included). */
    private Scope scope(LocalDate from, LocalDate to, List<String> cities, List<String> countries, List<String> sectors, List<String> programs,
            String currency, List<RequestRejected.Violation> violations) {
        // forints shown at the EUR/HUF rate recorded for the period's last day (ADR 22)
        BigDecimal hufPerEur = rates.on(to != null ? to : LocalDate.now(Euros.NETWORK));
        return Scope.of(Caller.current().orElseThrow(), from, to, cities, countries, sectors, programs, currency, hufPerEur, violations);
    }

    /** The choice named {@code value}, or null with a violation added. */
    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, List<RequestRejected.Violation> violations) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
            violations.add(new RequestRejected.Violation(field, "measures.choice", value, allowed));
            return null;
        }
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules measureRules() {
            return EndpointRules.builder()
                    .roles(GET, "/api/analytics/spending", Role.ECONOMIST, Role.OPERATOR)
                    .roles(GET, "/api/analytics/vouchers", Role.ECONOMIST, Role.OPERATOR)
                    .roles(GET, "/api/analytics/flows", Role.ECONOMIST, Role.OPERATOR)
                    .roles(GET, "/api/analytics/cities", Role.ECONOMIST, Role.OPERATOR)
                    .roles(GET, "/api/analytics/retention", Role.ECONOMIST, Role.OPERATOR)
                    .roles(GET, "/api/analytics/points", Role.ECONOMIST, Role.OPERATOR)
                    .build();
        }
    }
}
