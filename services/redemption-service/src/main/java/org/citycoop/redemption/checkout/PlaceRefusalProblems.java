package org.citycoop.redemption.checkout;

import java.util.List;

import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The web edge of the till's place: each refusal as its problem detail (the kit's {@code RefusedAnswers} renders it, with its texts). */
@Component
class PlaceRefusalProblems implements RefusalProblems<PlaceRefusal> {

    @Override
    public RequestRejected problem(PlaceRefusal refusal) {
        return switch (refusal) {
            case PlaceRefusal.NotAMerchant() -> new RequestRejected(HttpStatus.FORBIDDEN, "checkout-for-merchants", List.of());
            case PlaceRefusal.StoreMissing() -> RequestRejected.invalid(List.of(new Violation("storeId", "checkout.store-missing")));
            case PlaceRefusal.StoreUnknown(var store) -> RequestRejected.invalid(List.of(new Violation("storeId", "checkout.store-unknown", store)));
        };
    }
}
