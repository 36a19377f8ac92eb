package org.citycoop.redemption.settlement.decision;

import java.util.List;
import java.util.UUID;

/** Why no SEPA payout file is made: one record a reason, mapped to its problem detail at the web edge. */
public sealed interface PayoutRefusal {

    /** The execution day asked for is in the past. */
    record ExecutionInThePast() implements PayoutRefusal {
    }

    /** A city's euro payout goes to a merchant whose payout account is not known yet: the merchants named. */
    record AccountUnknown(List<UUID> merchants) implements PayoutRefusal {

        public AccountUnknown {
            merchants = List.copyOf(merchants);
        }
    }

    /** Nothing of the period is paid out in euro. */
    record NothingInEuro(Period period) implements PayoutRefusal {
    }
}
