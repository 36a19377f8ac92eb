package org.citycoop.merchant.stores;

import java.util.UUID;

import org.citycoop.merchant.onboarding.MerchantApproved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import lombok.RequiredArgsConstructor;

/**
 * Opens the store an approved application names, in the approval's transaction (a synchronous
 * listener): the merchant, its owner's grant and its first store are published together or not at all.
 */
@Component
@RequiredArgsConstructor
class ApprovedApplications {

    private final Stores stores;

    @EventListener
    void on(MerchantApproved approved) {
        stores.open(approved.merchantId(), new Stores.OpenStore(approved.store().name(), approved.store().street(), approved.store().postalCode(),
                approved.store().cityCode(), null, null), UUID.randomUUID());
    }
}
