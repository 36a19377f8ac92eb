package org.citycoop.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from the verified access token: subject, roles and scopes.
 *
 * @param subject    the user id, or the client id of a terminal
 * @param roles      the caller's roles
 * @param merchantId the merchant a cashier, owner or terminal acts for
 * @param cityCodes  the cities an economist may see (empty with {@code wholeRegion})
 * @param region     whether an economist sees the whole region
 * @param homeCity   a shopper's home city
 * @param storeId    the store a terminal stands in
 */
public record Caller(String subject, Set<Role> roles, Optional<UUID> merchantId, List<String> cityCodes, boolean region,
        Optional<String> homeCity, Optional<UUID> storeId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String MERCHANT_CLAIM = "merchant_id";
    public static final String CITIES_CLAIM = "city_codes";
    public static final String REGION_CLAIM = "region";
    public static final String HOME_CITY_CLAIM = "home_city";
    public static final String STORE_CLAIM = "store_id";

    /** The caller of the current request, if a valid token came with it. */
    public static Optional<Caller> current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    /** Reads a verified token. Unknown role names are ignored. */
    public static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<String> names = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    // a role this service does not know grants nothing here
                }
            }
        }
        String merchant = jwt.getClaimAsString(MERCHANT_CLAIM);
        List<String> cities = jwt.getClaimAsStringList(CITIES_CLAIM);
        return new Caller(jwt.getSubject(), Set.copyOf(roles), Optional.ofNullable(merchant).map(UUID::fromString),
                cities == null ? List.of() : List.copyOf(cities), Boolean.TRUE.equals(jwt.getClaimAsBoolean(REGION_CLAIM)),
                Optional.ofNullable(jwt.getClaimAsString(HOME_CITY_CLAIM)),
                Optional.ofNullable(jwt.getClaimAsString(STORE_CLAIM)).map(UUID::fromString));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller acts for {@code merchant} (cashier, owner or terminal of it). */
    public boolean actsFor(UUID merchant) {
        return merchantId.filter(merchant::equals).isPresent();
    }

    /** Whether the caller may administer {@code merchant}: an operator, or that merchant's owner. */
    public boolean administers(UUID merchant) {
        return has(Role.OPERATOR) || (has(Role.MERCHANT_OWNER) && actsFor(merchant));
    }

    /** Whether the caller may see {@code merchant}'s staff and terminals: an operator, or anyone acting for it. */
    public boolean mayViewMerchant(UUID merchant) {
        return has(Role.OPERATOR) || actsFor(merchant);
    }

    /** Whether an economist may see figures of {@code cityCode}. */
    public boolean mayView(String cityCode) {
        return region || cityCodes.contains(cityCode);
    }
}
