package org.citycoop.merchant.onboarding;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The web edge of a merchant's life: each refusal as its problem detail (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class MerchantRefusalProblems implements RefusalProblems<MerchantRefusal> {

    @Override
    public RequestRejected problem(MerchantRefusal refusal) {
        return switch (refusal) {
            case MerchantRefusal.Invalid(var faults) -> RequestRejected.invalid(faults.stream().map(Violation::of).toList());
            case MerchantRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case MerchantRefusal.MerchantUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of());
            case MerchantRefusal.NotEditable(var status) -> new RequestRejected(HttpStatus.CONFLICT, "merchant-status", List.of(), status, "EDITED");
            case MerchantRefusal.TransitionRefused(var status, var next) -> new RequestRejected(HttpStatus.CONFLICT, "merchant-status",
                    List.of(new Violation("status", "merchant.status-transition", status, next)), status, next);
            case MerchantRefusal.VatTaken(var vatId) -> new RequestRejected(HttpStatus.CONFLICT, "vat-taken", List.of(new Violation("vatId", "merchant.vat-taken", vatId)));
        };
    }
}
