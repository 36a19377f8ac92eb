package org.citycoop.merchant.acceptance;

import java.util.List;

import org.citycoop.platform.web.ProblemDetailsAdvice;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import lombok.RequiredArgsConstructor;

/** The web edge of program acceptance: a refusal becomes its problem detail (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class AcceptanceRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(AcceptanceRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(AcceptanceRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(AcceptanceRefusal refusal) {
        return switch (refusal) {
            case AcceptanceRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case AcceptanceRefusal.MerchantUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of());
            case AcceptanceRefusal.MerchantNotActive(var status) -> new RequestRejected(HttpStatus.CONFLICT, "merchant-not-active", List.of(), status);
            case AcceptanceRefusal.ProgramUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "program-unknown", List.of());
            case AcceptanceRefusal.ProgramClosed(var name) -> new RequestRejected(HttpStatus.CONFLICT, "program-closed", List.of(), name);
            case AcceptanceRefusal.ProgramNotHere(var city) -> new RequestRejected(HttpStatus.CONFLICT, "program-not-here", List.of(), city);
        };
    }
}
