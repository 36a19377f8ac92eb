package org.citycoop.redemption.merchants;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What redemption-service knows of a merchant (checkout, settlement, clearing and the payout files read it here).
 *
 * @param status {@code ACTIVE}, {@code SUSPENDED} or {@code CLOSED}: only an active merchant may redeem
 */
public record MerchantReplica(UUID merchantId, String tradingName, String cityCode, String countryCode, String naceCode, String status) {

    /** Finds replicas. */
    public interface Lookup {
        Optional<MerchantReplica> byId(UUID merchantId);

        /** The replicas of those of the merchants that are known here, by id. */
        Map<UUID, MerchantReplica> byIds(Collection<UUID> merchantIds);

        long count();
    }
}
