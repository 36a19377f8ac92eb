package org.citycoop.redemption.checkout;

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

/** The web edge of the till's place: a refusal becomes its problem detail (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class PlaceRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(PlaceRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(PlaceRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(PlaceRefusal refusal) {
        return switch (refusal) {
            case PlaceRefusal.NotAMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "checkout-for-merchants", List.of());
            case PlaceRefusal.StoreMissing() -> RequestRejected.invalid(List.of(new Violation("storeId", "checkout.store-missing")));
            case PlaceRefusal.StoreUnknown(var store) -> RequestRejected.invalid(List.of(new Violation("storeId", "checkout.store-unknown", store)));
        };
    }
}
