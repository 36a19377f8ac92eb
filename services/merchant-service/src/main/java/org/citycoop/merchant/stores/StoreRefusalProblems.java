package org.citycoop.merchant.stores;

import java.util.List;

import org.citycoop.platform.web.ProblemDetailsAdvice;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import lombok.RequiredArgsConstructor;

/** The web edge of stores and terminals: a refusal becomes its problem detail (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class StoreRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(StoreRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(StoreRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(StoreRefusal refusal) {
        return switch (refusal) {
            case StoreRefusal.Invalid(var faults) -> RequestRejected.invalid(violations(faults));
            case StoreRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case StoreRefusal.MerchantUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of());
            case StoreRefusal.MerchantNotActive(var status) -> new RequestRejected(HttpStatus.CONFLICT, "merchant-not-active", List.of(), status);
            case StoreRefusal.StoreUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "store-unknown", List.of());
            case StoreRefusal.TerminalUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "terminal-unknown", List.of());
        };
    }

    private static List<Violation> violations(List<StoreRefusal.Fault> faults) {
        return faults.stream().map(fault -> new Violation(fault.field(), fault.code(), fault.args().toArray())).toList();
    }
}
