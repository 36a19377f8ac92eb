package org.citycoop.analytics.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citycoop.analytics.measures.decision.Compare;
import org.citycoop.analytics.measures.decision.TopCells;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * {@code GET /api/analytics/spending?groupBy=city|country|sector|merchant|program|day|week|month} for
 * economists and operators ({@link SpendingMeasure}): the common parameters ({@link MeasureRequests}),
 * {@code compare=none|previous|year}, {@code top} (1–100), {@code format=json|csv|xlsx}.
 */
@RestController
@RequiredArgsConstructor
class SpendingController {

    private final SpendingMeasure measure;
    private final MeasureRequests requests;

    @Roles({Role.ECONOMIST, Role.OPERATOR})
    @GetMapping("/api/analytics/spending")
    ResponseEntity<?> spending(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "city") String groupBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "") List<String> cities, @RequestParam(defaultValue = "") List<String> countries,
            @RequestParam(defaultValue = "") List<String> sectors, @RequestParam(defaultValue = "") List<String> programs,
            @RequestParam(defaultValue = "EUR") String currency, @RequestParam(defaultValue = "none") String compare,
            @RequestParam(required = false) @Nullable String top) {
        List<Violation> violations = new ArrayList<>();
        SpendingMeasure.SpendBy by = MeasureRequests.choice(SpendingMeasure.SpendBy.class, "groupBy", groupBy, violations);
        Compare comparison = MeasureRequests.choice(Compare.class, "compare", compare, violations);
        Integer topCells = null;
        if (top != null) {
            try {
                topCells = Integer.valueOf(top);
            } catch (NumberFormatException notANumber) {
                topCells = -1;
            }
            if (!TopCells.allowed(topCells)) {
                violations.add(new Violation("top", "measures.top", top));
            }
        }
        Scope scope = requests.scope(from, to, cities, countries, sectors, programs, currency, MeasureRequests.format(violations, format));
        SpendingMeasure.SpendingAnswer answer = measure.spending(scope, by, comparison, topCells);
        return Downloads.answer(answer, answer::table, format, "spending-" + groupBy, scope);
    }
}
