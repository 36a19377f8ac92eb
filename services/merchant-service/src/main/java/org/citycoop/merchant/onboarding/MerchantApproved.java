package org.citycoop.merchant.onboarding;

import java.util.UUID;

/**
 * Inside merchant-service: an application was approved and names a store to open. Published in the
 * approval's transaction; the stores feature opens the store in it (so onboarding does not depend on stores).
 */
public record MerchantApproved(UUID merchantId, StoreToOpen store) {
}
