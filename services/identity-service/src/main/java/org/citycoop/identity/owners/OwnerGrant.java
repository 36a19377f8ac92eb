package org.citycoop.identity.owners;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycoop.identity.accounts.Account;
import org.citycoop.platform.security.Role;

/**
 * The rule of an approval's grant (pure: no database, no clock): the applicant keeps the roles they
 * have and becomes {@code MERCHANT_OWNER} of the approved merchant. An account that already owns it
 * changes nothing; an account that is gone, or already works for another merchant (an account has one
 * merchant scope), is not changed.
 */
final class OwnerGrant {

    /** What an approval does to the applicant's account. */
    sealed interface Outcome {
    }

    /** Give the account these roles and the merchant scope. */
    record Grant(Set<Role> roles, UUID merchantId) implements Outcome {
    }

    /** The account already owns this merchant: a repeated event, nothing to do. */
    record AlreadyOwner() implements Outcome {
    }

    /** No account with that id: it was deleted after the application. */
    record NoSuchAccount() implements Outcome {
    }

    /** The account works for another merchant; one account holds one merchant scope. */
    record OtherMerchant(UUID current) implements Outcome {
    }

    private OwnerGrant() {
    }

    static Outcome decide(Optional<Account> applicant, UUID merchantId) {
        if (applicant.isEmpty()) {
            return new NoSuchAccount();
        }
        Account account = applicant.get();
        if (account.merchantId() != null && !account.merchantId().equals(merchantId)) {
            return new OtherMerchant(account.merchantId());
        }
        if (merchantId.equals(account.merchantId()) && account.roles().contains(Role.MERCHANT_OWNER)) {
            return new AlreadyOwner();
        }
        EnumSet<Role> roles = EnumSet.of(Role.MERCHANT_OWNER);
        roles.addAll(account.roles());
        return new Grant(roles, merchantId);
    }
}
