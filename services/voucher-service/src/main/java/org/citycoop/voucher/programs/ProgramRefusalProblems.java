package org.citycoop.voucher.programs;

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

/** The web edge of program administration: a refusal becomes its problem detail (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ProgramRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(ProgramRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(ProgramRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(ProgramRefusal refusal) {
        return switch (refusal) {
            case ProgramRefusal.Invalid(var faults) -> RequestRejected.invalid(violations(faults));
            case ProgramRefusal.ProgramUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "program-unknown", List.of());
            case ProgramRefusal.NotDraft(var status) -> new RequestRejected(HttpStatus.CONFLICT, "program-not-draft", List.of(), status);
            case ProgramRefusal.StatusForbids(var status, var next) -> new RequestRejected(HttpStatus.CONFLICT, "program-status", List.of(), status, next);
        };
    }

    static List<Violation> violations(List<ProgramRefusal.Fault> faults) {
        return faults.stream().map(fault -> new Violation(fault.field(), fault.code(), fault.args().toArray())).toList();
    }
}
