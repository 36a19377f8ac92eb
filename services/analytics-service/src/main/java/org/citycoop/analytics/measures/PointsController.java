package org.citycoop.analytics.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * {@code GET /api/analytics/points?groupBy=month|city} for economists and operators
 * ({@link PointsMeasure}): {@code from}, {@code to}, {@code cities} ({@link MeasureRequests}),
 * {@code format=json|csv|xlsx}. Points are not money: no currency.
 */
@RestController
@RequiredArgsConstructor
class PointsController {

    private final PointsMeasure measure;
    private final MeasureRequests requests;

    @Roles({Role.ECONOMIST, Role.OPERATOR})
    @GetMapping("/api/analytics/points")
    ResponseEntity<?> points(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "month") String groupBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "") List<String> cities) {
        List<Violation> violations = new ArrayList<>();
        MeasureRequests.oneOf(List.of("month", "city"), "groupBy", groupBy, violations);
        Scope scope = requests.scope(from, to, cities, List.of(), List.of(), List.of(), "EUR", MeasureRequests.format(violations, format));
        PointsMeasure.PointsAnswer answer = measure.points(scope, "city".equals(groupBy));
        return Downloads.answer(answer, answer::table, format, "points-" + groupBy, scope);
    }
}
