package org.citycoop.identity.terminals;

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

/** The web edge of the terminal credentials: a refusal becomes its problem detail (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class TerminalRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(TerminalRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(TerminalRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(TerminalRefusal refusal) {
        return switch (refusal) {
            case TerminalRefusal.TerminalUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "terminal-unknown", List.of());
            case TerminalRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case TerminalRefusal.Retired() -> new RequestRejected(HttpStatus.CONFLICT, "terminal-retired", List.of());
            case TerminalRefusal.NoCredentials() -> new RequestRejected(HttpStatus.NOT_FOUND, "terminal-has-no-credentials", List.of());
        };
    }
}
