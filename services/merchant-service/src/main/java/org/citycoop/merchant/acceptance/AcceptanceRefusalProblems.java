package org.citycoop.merchant.acceptance;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The web edge of program acceptance: each refusal as its problem detail (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class AcceptanceRefusalProblems implements RefusalProblems<AcceptanceRefusal> {

    @Override
    public RequestRejected problem(AcceptanceRefusal refusal) {
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
