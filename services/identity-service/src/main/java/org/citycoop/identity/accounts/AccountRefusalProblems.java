package org.citycoop.identity.accounts;

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

/** The web edge of the account use cases: a refusal becomes its problem detail (the kit renders it, with its texts). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class AccountRefusalProblems {

    private final ProblemDetailsAdvice problems;

    @ExceptionHandler(AccountRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(AccountRefusal.Refused refused) {
        return problems.rejected(problem(refused.refusal()));
    }

    static RequestRejected problem(AccountRefusal refusal) {
        return switch (refusal) {
            case AccountRefusal.Invalid(var faults) -> RequestRejected.invalid(violations(faults));
            case AccountRefusal.EmailTaken() -> new RequestRejected(HttpStatus.CONFLICT, "email-taken", List.of(new Violation("email", "email.taken")));
            case AccountRefusal.InvitationUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "invitation-unknown", List.of());
            case AccountRefusal.InvitationUsed() -> new RequestRejected(HttpStatus.GONE, "invitation-used", List.of());
            case AccountRefusal.AccountUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "account-unknown", List.of());
            case AccountRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case AccountRefusal.InvitationNotAllowed() -> new RequestRejected(HttpStatus.FORBIDDEN, "invitation-not-allowed", List.of());
        };
    }

    private static List<Violation> violations(List<AccountRefusal.Fault> faults) {
        return faults.stream().map(fault -> new Violation(fault.field(), fault.code(), fault.args().toArray())).toList();
    }
}
