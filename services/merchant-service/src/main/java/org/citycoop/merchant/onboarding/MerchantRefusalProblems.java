package org.citycoop.merchant.onboarding;

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

/** The web edge of a merchant's life: a refusal becomes its problem detail (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class MerchantRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(MerchantRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(MerchantRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(MerchantRefusal refusal) {
        return switch (refusal) {
            case MerchantRefusal.Invalid(var faults) -> RequestRejected.invalid(violations(faults));
            case MerchantRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case MerchantRefusal.MerchantUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of());
            case MerchantRefusal.NotEditable(var status) -> new RequestRejected(HttpStatus.CONFLICT, "merchant-status", List.of(), status, "EDITED");
            case MerchantRefusal.TransitionRefused(var status, var next) -> new RequestRejected(HttpStatus.CONFLICT, "merchant-status",
                    List.of(new Violation("status", "merchant.status-transition", status, next)), status, next);
            case MerchantRefusal.VatTaken(var vatId) -> new RequestRejected(HttpStatus.CONFLICT, "vat-taken", List.of(new Violation("vatId", "merchant.vat-taken", vatId)));
        };
    }

    private static List<Violation> violations(List<MerchantRefusal.Fault> faults) {
        return faults.stream().map(fault -> new Violation(fault.field(), fault.code(), fault.args().toArray())).toList();
    }
}
