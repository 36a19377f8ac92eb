package org.citycoop.contracts.merchant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citycoop.contracts.events.Context;
import org.citycoop.contracts.events.EventType;
import org.citycoop.contracts.events.IntegrationEvent;

/**
 * The account a merchant is paid out to (on joining the network, and whenever an operator changes
 * it); redemption-service builds payout files from it. A company's bank account, not personal data.
 * Keyed by the merchant.
 *
 * @param accountHolder the merchant's legal name
 * @param iban          checked (structure and check digits), without spaces
 */
@EventType(context = Context.MERCHANT, name = "payout-account-set", version = 1)
public record PayoutAccountSet(UUID merchantId, String accountHolder, String iban, Instant setAt) implements IntegrationEvent {

    public PayoutAccountSet {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(accountHolder, "accountHolder");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(setAt, "setAt");
    }

    @Override
    public String aggregateId() {
        return merchantId.toString();
    }
}
