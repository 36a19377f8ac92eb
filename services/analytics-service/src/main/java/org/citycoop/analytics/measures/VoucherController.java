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
 * {@code GET /api/analytics/vouchers?groupBy=issuer|program} for economists and operators
 * ({@link VoucherMeasure}): {@code from}, {@code to}, {@code cities}, {@code programs}, {@code currency}
 * ({@link MeasureRequests}), {@code format=json|csv|xlsx}.
 */
@RestController
@RequiredArgsConstructor
class VoucherController {

    private final VoucherMeasure measure;
    private final MeasureRequests requests;

    @Roles({Role.ECONOMIST, Role.OPERATOR})
    @GetMapping("/api/analytics/vouchers")
    ResponseEntity<?> vouchers(@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "issuer") String groupBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "") List<String> cities, @RequestParam(defaultValue = "") List<String> programs,
            @RequestParam(defaultValue = "EUR") String currency) {
        List<Violation> violations = new ArrayList<>();
        MeasureRequests.oneOf(List.of("issuer", "program"), "groupBy", groupBy, violations);
        Scope scope = requests.scope(from, to, cities, List.of(), List.of(), programs, currency, MeasureRequests.format(violations, format));
        VoucherMeasure.VoucherAnswer answer = measure.vouchers(scope, "program".equals(groupBy));
        return Downloads.answer(answer, answer::table, format, "vouchers-" + groupBy, scope);
    }
}
