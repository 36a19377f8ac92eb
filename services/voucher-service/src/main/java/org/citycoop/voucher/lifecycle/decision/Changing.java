package org.citycoop.voucher.lifecycle.decision;

import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Money;
import org.citycoop.decision.Policies;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a voucher after issue, decided: cancelling refunds its unspent balance (cancelling twice changes nothing),
 * giving it away makes it a bearer voucher, claiming it puts it into the claimer's wallet; giving and claiming give it a new
 * code. The first refusal of the policies, in order, is the answer.
 */
public final class Changing {

    /** What cancelling comes to. */
    public sealed interface Cancelling permits Cancel, AlreadyCancelled, Refused {
    }

    /** What giving away or claiming comes to. */
    public sealed interface HandingOver permits HandOver, Refused {
    }

    /** Cancel the voucher, refunding {@code refund}. */
    public record Cancel(Money refund) implements Cancelling {
    }

    /** Cancelled before: nothing changes. */
    public record AlreadyCancelled() implements Cancelling {
    }

    /** Give the voucher a new code and the holder {@code to} (none: a bearer voucher). */
    public record HandOver(@Nullable UUID to) implements HandingOver {
    }

    /** Change nothing, for {@code refusal}. */
    public record Refused(LifecycleRefusal refusal) implements Cancelling, HandingOver {
    }

    private final Policies<Change, LifecycleRefusal> cancelling;
    private final Policies<Change, LifecycleRefusal> giving;
    private final Policies<Change, LifecycleRefusal> claiming;

    public Changing(List<LifecyclePolicy> cancelling, List<LifecyclePolicy> giving, List<LifecyclePolicy> claiming) {
        this.cancelling = Policies.of(cancelling);
        this.giving = Policies.of(giving);
        this.claiming = Policies.of(claiming);
    }

    /** With every current policy. */
    public static Changing withAllCurrentPolicies() {
        return new Changing(LifecyclePolicy.cancelling(), LifecyclePolicy.giving(), LifecyclePolicy.claiming());
    }

    public Cancelling cancel(Change change) {
        if (change.voucher() != null && change.voucher().state() == Held.State.CANCELLED) {
            return new AlreadyCancelled();
        }
        return cancelling.decide(change, Refused::new, () -> new Cancel(change.voucher().balance()));
    }

    public HandingOver give(Change change) {
        return giving.decide(change, Refused::new, () -> new HandOver(null));
    }

    public HandingOver claim(Change change) {
        return claiming.decide(change, Refused::new, () -> new HandOver(UUID.fromString(change.caller())));
    }
}
