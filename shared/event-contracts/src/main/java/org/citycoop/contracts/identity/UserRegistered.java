package org.citycoop.contracts.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * A person got an account (a shopper signed up, or an invited owner or economist accepted).
 * No e-mail or name: other services need the id, the roles and a shopper's home city, not personal data.
 *
 * @param userId       the account id (the {@code sub} of the person's tokens)
 * @param roles        role names, e.g. {@code SHOPPER}
 * @param homeCity     a shopper's home city code, otherwise null
 * @param merchantId   the merchant of a cashier or owner, otherwise null
 * @param registeredAt when the account was created
 */
@EventType(context = Context.IDENTITY, name = "user-registered", version = 1)
public record UserRegistered(UUID userId, List<String> roles, String homeCity, UUID merchantId, Instant registeredAt)
        implements IntegrationEvent {

    public UserRegistered {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(registeredAt, "registeredAt");
        roles = List.copyOf(roles);
    }

    @Override
    public String aggregateId() {
        return userId.toString();
    }
}
