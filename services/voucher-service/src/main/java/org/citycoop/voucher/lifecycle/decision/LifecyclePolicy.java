package org.citycoop.voucher.lifecycle.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule of changing a voucher: empty if it allows, else the refusal. Asked in order; the first refusal is the answer. */
@FunctionalInterface
public interface LifecyclePolicy extends Function<Change, Optional<LifecycleRefusal>> {

    /** There is a voucher with the id given. */
    LifecyclePolicy voucherKnown = change -> change.voucher() == null ? Optional.of(new LifecycleRefusal.UnknownVoucher()) : Optional.empty();

    /** There is a voucher with the code given. */
    LifecyclePolicy codeKnown = change -> change.voucher() == null ? Optional.of(new LifecycleRefusal.CodeUnknown()) : Optional.empty();

    /** Only its holder gives a voucher away; to anyone else it does not exist. */
    LifecyclePolicy heldByCaller = change -> change.voucher().holderId() != null && change.voucher().holderId().toString().equals(change.caller())
            ? Optional.empty()
            : Optional.of(new LifecycleRefusal.UnknownVoucher());

    /** Only a bearer voucher (in no wallet) is claimed. */
    LifecyclePolicy bearer = change -> change.voucher().holderId() == null ? Optional.empty() : Optional.of(new LifecycleRefusal.NotClaimable());

    /** Not cancelled, not expired. */
    LifecyclePolicy stillActive = change -> change.voucher().state() == Held.State.ACTIVE
            ? Optional.empty()
            : Optional.of(new LifecycleRefusal.Ended(change.voucher().state()));

    /** Cancelling (by an operator); a voucher cancelled already is no refusal (see {@link Changing#cancel}). */
    static List<LifecyclePolicy> cancelling() {
        return List.of(voucherKnown, stillActive);
    }

    /** Giving away (by its holder). */
    static List<LifecyclePolicy> giving() {
        return List.of(voucherKnown, heldByCaller, stillActive);
    }

    /** Claiming by its code (by a shopper). */
    static List<LifecyclePolicy> claiming() {
        return List.of(codeKnown, bearer, stillActive);
    }
}
