package org.citycoop.redemption.checkout;

import java.util.UUID;

import org.citycoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
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
        UUID merchant = caller.merchantId().orElseThrow(() -> new PlaceRefusal.NotAMerchant().refused());
        UUID store = caller.storeId().orElse(requestedStore);
        if (store == null) {
            throw new PlaceRefusal.StoreMissing().refused();
        }
        return jdbc.sql("SELECT merchant_id, id AS store_id, city_code FROM store WHERE id = :s AND merchant_id = :m").param("s", store)
                .param("m", merchant).query(Place.class).optional()
                .orElseThrow(() -> new PlaceRefusal.StoreUnknown(store).refused());
    }
}
