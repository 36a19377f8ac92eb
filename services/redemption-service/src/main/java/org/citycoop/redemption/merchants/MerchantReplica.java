package org.citycoop.redemption.merchants;

import java.util.Optional;
import java.util.UUID;

/**
 * What checkout knows of a merchant.
 *
 * @param status {@code ACTIVE}, {@code SUSPENDED} or {@code CLOSED}: only an active merchant may redeem
 */
public record MerchantReplica(UUID merchantId, String tradingName, String cityCode, String countryCode, String naceCode, String status) {

    /** Finds replicas. */
    public interface Lookup {
        Optional<MerchantReplica> byId(UUID merchantId);

        long count();
    }
}
