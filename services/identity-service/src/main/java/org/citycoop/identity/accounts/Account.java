package org.citycoop.identity.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycoop.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person's account.
 *
 * @param merchantId  the merchant a cashier or owner works for
 * @param cityCodes   the cities an economist sees
 * @param region      whether an economist sees the whole region
 * @param homeCity    a shopper's home city
 * @param lockedUntil set after repeated failed sign-ins
 */
public record Account(UUID id, String email, @Nullable String passwordHash, String displayName, Set<Role> roles,
        @Nullable UUID merchantId, List<String> cityCodes, boolean region, @Nullable String homeCity, String language, Status status,
        int failedSignIns, @Nullable Instant lockedUntil) {

    public enum Status { ACTIVE, INVITED, DISABLED }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
