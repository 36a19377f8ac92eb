package org.citycoop.redemption.checkout;

import java.util.List;
import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/** The store a till request comes from: a terminal's from its token; a cashier or owner names one of the merchant's stores. */
@Component
@RequiredArgsConstructor
class CheckoutPlaces {

    record Place(UUID merchantId, UUID storeId, String cityCode) {
    }

    private final JdbcClient jdbc;

    Place of(@Nullable UUID requestedStore, Caller caller) {
        UUID merchant = caller.merchantId().orElseThrow(() -> new RequestRejected(HttpStatus.FORBIDDEN, "checkout-for-merchants", List.of()));
        UUID store = caller.storeId().orElse(requestedStore);
        if (store == null) {
            throw RequestRejected.invalid(List.of(new Violation("storeId", "checkout.store-missing")));
        }
        return jdbc.sql("SELECT merchant_id, id AS store_id, city_code FROM store WHERE id = :s AND merchant_id = :m").param("s", store)
                .param("m", merchant).query(Place.class).optional()
                .orElseThrow(() -> RequestRejected.invalid(List.of(new Violation("storeId", "checkout.store-unknown", store))));
    }
}
