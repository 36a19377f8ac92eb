package org.citycoop.analytics.measures;

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

/** The web edge of the measures' questions: a refusal becomes its problem detail (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ScopeRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(ScopeRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(ScopeRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(ScopeRefusal refusal) {
        return switch (refusal) {
            case ScopeRefusal.Invalid(var faults) -> RequestRejected.invalid(violations(faults));
            case ScopeRefusal.NotYourCities(var foreign) -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-cities",
                    List.of(new Violation("cities", "measures.not-your-city", foreign)));
        };
    }

    static List<Violation> violations(List<ScopeRefusal.Fault> faults) {
        return faults.stream().map(fault -> new Violation(fault.field(), fault.code(), fault.args().toArray())).toList();
    }
}
