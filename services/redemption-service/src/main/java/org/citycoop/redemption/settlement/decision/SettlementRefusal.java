package org.citycoop.redemption.settlement.decision;

/** Why a period is not settled (or listed): one record a reason, mapped to its problem detail at the web edge. */
public sealed interface SettlementRefusal {

    /** A day is missing, or {@code from} is after {@code to}. */
    record PeriodMalformed() implements SettlementRefusal {
    }

    /** The period is not over yet: a till may still redeem in it. */
    record PeriodNotOver() implements SettlementRefusal {
    }
}
