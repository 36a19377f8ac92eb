package org.citycoop.analytics.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * {@code GET /api/analytics/retention} (local retention per issuing city) for economists and operators
 * ({@link RetentionMeasure}): {@code from}, {@code to}, {@code cities}, {@code currency}
 * ({@link MeasureRequests}), {@code format=json|csv|xlsx}.
 */
@RestController
@RequiredArgsConstructor
class RetentionController {

    private final RetentionMeasure measure;
    private final MeasureRequests requests;

    @Roles({Role.ECONOMIST, Role.OPERATOR})
    @GetMapping("/api/analytics/retention")
    ResponseEntity<?> retention(@RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "") List<String> cities, @RequestParam(defaultValue = "EUR") String currency) {
        Scope scope = requests.scope(from, to, cities, List.of(), List.of(), List.of(), currency, MeasureRequests.format(new ArrayList<>(), format));
        RetentionMeasure.RetentionAnswer answer = measure.retention(scope);
        return Downloads.answer(answer, answer::table, format, "retention", scope);
    }
}
