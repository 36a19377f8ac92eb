package org.citycoop.analytics.measures;

import static org.springframework.http.HttpMethod.GET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
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
    private final BigDecimal hufPerEur;

    MeasuresController(Measures measures, @Value("${citycoop.analytics.huf-per-eur}") BigDecimal hufPerEur) {
        this.measures = measures;
        this.hufPerEur = hufPerEur;
    }

    @GetMapping("/api/analytics/spending")
    Measures.SpendingAnswer spending(@RequestParam(defaultValue = "city") String groupBy, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "") List<String> countries, @RequestParam(defaultValue = "") List<String> sectors,
            @RequestParam(defaultValue = "") List<String> programs, @RequestParam(defaultValue = "EUR") String currency) {
        List<RequestRejected.Violation> violations = new java.util.ArrayList<>();
        Measures.SpendBy by = choice(Measures.SpendBy.class, "groupBy", groupBy, violations);
        return measures.spending(scope(from, to, cities, countries, sectors, programs, currency, violations), by);
    }

    @GetMapping("/api/analytics/vouchers")
    Measures.VoucherAnswer vouchers(@RequestParam(defaultValue = "issuer") String groupBy, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "") List<String> programs, @RequestParam(defaultValue = "EUR") String currency) {
        List<RequestRejected.Violation> violations = new java.util.ArrayList<>();
        if (!List.of("issuer", "program").contains(groupBy)) {
            violations.add(new RequestRejected.Violation("groupBy", "measures.choice", groupBy, "issuer, program"));
        }
        return measures.vouchers(scope(from, to, cities, List.of(), List.of(), programs, currency, violations), "program".equals(groupBy));
    }

    @GetMapping("/api/analytics/flows")
    Measures.FlowAnswer flows(@RequestParam(defaultValue = "issuer") String by, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "") List<String> sectors, @RequestParam(defaultValue = "") List<String> programs,
            @RequestParam(defaultValue = "EUR") String currency) {
        List<RequestRejected.Violation> violations = new java.util.ArrayList<>();
        Measures.FlowBy flowBy = choice(Measures.FlowBy.class, "by", by, violations);
        return measures.flows(scope(from, to, cities, List.of(), sectors, programs, currency, violations), flowBy);
    }

    @GetMapping("/api/analytics/cities")
    Measures.CitiesAnswer cities(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "") List<String> countries, @RequestParam(defaultValue = "") List<String> sectors,
            @RequestParam(defaultValue = "EUR") String currency) {
        return measures.cities(scope(from, to, cities, countries, sectors, List.of(), currency, List.of()));
    }

    @GetMapping("/api/analytics/retention")
    Measures.RetentionAnswer retention(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities,
            @RequestParam(defaultValue = "EUR") String currency) {
        return measures.retention(scope(from, to, cities, List.of(), List.of(), List.of(), currency, List.of()));
    }

    @GetMapping("/api/analytics/points")
    Measures.PointsAnswer points(@RequestParam(defaultValue = "month") String groupBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(defaultValue = "") List<String> cities) {
        List<RequestRejected.Violation> violations = new java.util.ArrayList<>();
        if (!List.of("month", "city").contains(groupBy)) {
            violations.add(new RequestRejected.Violation("groupBy", "measures.choice", groupBy, "month, city"));
        }
        return measures.points(scope(from, to, cities, List.of(), List.of(), List.of(), "EUR", violations), "city".equals(groupBy));
    }

    /** Checks the common parameters (and throws with every violation, {@code violations} found before included). */
    private Scope scope(LocalDate from, LocalDate to, List<String> cities, List<String> countries, List<String> sectors, List<String> programs,
            String currency, List<RequestRejected.Violation> violations) {
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
