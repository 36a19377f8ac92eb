package org.citycoop.identity.accounts;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The web edge of the account use cases: each refusal as its problem detail (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class AccountRefusalProblems implements RefusalProblems<AccountRefusal> {

    @Override
    public RequestRejected problem(AccountRefusal refusal) {
        return switch (refusal) {
            case AccountRefusal.Invalid(var faults) -> RequestRejected.invalid(faults.stream().map(Violation::of).toList());
            case AccountRefusal.EmailTaken() -> new RequestRejected(HttpStatus.CONFLICT, "email-taken", List.of(new Violation("email", "email.taken")));
            case AccountRefusal.InvitationUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "invitation-unknown", List.of());
            case AccountRefusal.InvitationUsed() -> new RequestRejected(HttpStatus.GONE, "invitation-used", List.of());
            case AccountRefusal.AccountUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "account-unknown", List.of());
            case AccountRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case AccountRefusal.InvitationNotAllowed() -> new RequestRejected(HttpStatus.FORBIDDEN, "invitation-not-allowed", List.of());
        };
    }
}
