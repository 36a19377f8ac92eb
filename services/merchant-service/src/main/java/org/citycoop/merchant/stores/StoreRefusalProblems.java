package org.citycoop.merchant.stores;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The web edge of stores and terminals: each refusal as its problem detail (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class StoreRefusalProblems implements RefusalProblems<StoreRefusal> {

    @Override
    public RequestRejected problem(StoreRefusal refusal) {
        return switch (refusal) {
            case StoreRefusal.Invalid(var faults) -> RequestRejected.invalid(faults.stream().map(Violation::of).toList());
            case StoreRefusal.NotYourMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "not-your-merchant", List.of());
            case StoreRefusal.MerchantUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "merchant-unknown", List.of());
            case StoreRefusal.MerchantNotActive(var status) -> new RequestRejected(HttpStatus.CONFLICT, "merchant-not-active", List.of(), status);
            case StoreRefusal.StoreUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "store-unknown", List.of());
            case StoreRefusal.TerminalUnknown() -> new RequestRejected(HttpStatus.NOT_FOUND, "terminal-unknown", List.of());
        };
    }
}
