package org.citycoop.voucher.lifecycle.decision;

/** Why a voucher is not changed: one record a reason, mapped to its problem detail at the web edge. */
public sealed interface LifecycleRefusal {

    /** No voucher with this id, or not the caller's: the caller learns nothing of it. */
    record UnknownVoucher() implements LifecycleRefusal {
    }

    /** No voucher has the code a shopper gave (the claims throttle counts these). */
    record CodeUnknown() implements LifecycleRefusal {
    }

    /** The voucher is in a wallet: only bearer (paper) vouchers are claimed. */
    record NotClaimable() implements LifecycleRefusal {
    }

    /** The voucher is cancelled or expired. */
    record Ended(Held.State state) implements LifecycleRefusal {
    }
}
