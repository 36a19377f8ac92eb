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
 * {@code GET /api/analytics/flows?by=issuer|home} for economists and operators ({@link FlowMeasure}):
 * {@code from}, {@code to}, {@code cities}, {@code sectors}, {@code programs}, {@code currency}
 * ({@link MeasureRequests}), {@code format=json|csv|xlsx}.
 */
@RestController
@RequiredArgsConstructor
class FlowController {

    private final FlowMeasure measure;
    private final MeasureRequests requests;

    @Roles({Role.ECONOMIST, Role.OPERATOR})
    @GetMapping("/api/analytics/flows")
    ResponseEntity<?> flows(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "issuer") String by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "") List<String> cities, @RequestParam(defaultValue = "") List<String> sectors,
            @RequestParam(defaultValue = "") List<String> programs, @RequestParam(defaultValue = "EUR") String currency) {
        List<Violation> violations = new ArrayList<>();
        FlowMeasure.FlowBy flowBy = MeasureRequests.choice(FlowMeasure.FlowBy.class, "by", by, violations);
        Scope scope = requests.scope(from, to, cities, List.of(), sectors, programs, currency, MeasureRequests.format(violations, format));
        FlowMeasure.FlowAnswer answer = measure.flows(scope, flowBy);
        return Downloads.answer(answer, answer::table, format, "flows-" + by, scope);
    }
}
