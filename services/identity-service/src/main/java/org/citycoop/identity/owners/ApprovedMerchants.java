package org.citycoop.identity.owners;

import java.util.UUID;

import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.identity.accounts.Accounts;
import org.citycoop.identity.audit.AuditAction;
import org.citycoop.identity.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import lombok.RequiredArgsConstructor;

/**
 * Use case: a merchant was approved with an applicant ({@link MerchantRegistered#ownerId()}); their account
 * becomes its owner. Runs inside the transaction that marks the event processed, so the grant, its audit
 * entry and the dedup row commit together. Tokens issued before carry the old roles until the next sign-in.
 */
@Service
@RequiredArgsConstructor
class ApprovedMerchants {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovedMerchants.class);
    static final String BY = "merchant-service (approval)";

    private final Accounts accounts;
    private final AuditLog audit;

    void apply(MerchantRegistered registered) {
        UUID owner = registered.ownerId();
        if (owner == null) {
            return; // registered by an operator: the owner is invited
        }
        UUID merchant = registered.merchantId();
        switch (OwnerGrant.decide(accounts.byId(owner), merchant)) {
            case OwnerGrant.Grant grant -> {
                accounts.grant(owner, grant.roles(), grant.merchantId());
                audit.record(AuditAction.ROLE_CHANGED, BY, owner.toString(), "MERCHANT_OWNER of " + merchant + " (" + registered.tradingName()
                        + "), roles now " + grant.roles(), null);
            }
            case OwnerGrant.AlreadyOwner already -> LOG.info("account {} already owns merchant {}: nothing to grant", owner, merchant);
            case OwnerGrant.NoSuchAccount gone -> {
                LOG.warn("merchant {} was approved for account {}, which no longer exists: no owner granted; an operator invites one", merchant,
                        owner);
                audit.record(AuditAction.OWNER_NOT_GRANTED, BY, owner.toString(), "merchant " + merchant + ": no such account", null);
            }
            case OwnerGrant.OtherMerchant other -> {
                LOG.warn("merchant {} was approved for account {}, which works for merchant {}: no owner granted; an operator invites one",
                        merchant, owner, other.current());
                audit.record(AuditAction.OWNER_NOT_GRANTED, BY, owner.toString(), "merchant " + merchant + ": account works for merchant "
                        + other.current(), null);
            }
        }
    }
}
