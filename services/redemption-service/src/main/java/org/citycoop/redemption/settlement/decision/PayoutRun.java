package org.citycoop.redemption.settlement.decision;

import java.time.LocalDate;
import java.util.List;

import org.citycoop.contracts.money.Currency;
import org.jspecify.annotations.Nullable;

/** An operator asking for the period's payouts as a SEPA file, to be executed on {@code execution} (none: the next working day), {@code today}. */
public record PayoutRun(Period period, List<Payout> payouts, @Nullable LocalDate execution, LocalDate today) {

    public PayoutRun {
        payouts = List.copyOf(payouts);
    }

    /** The payouts in euro (forints are not SEPA: they are in the CSV). */
    public List<Payout> euro() {
        return payouts.stream().filter(payout -> payout.amount().currency() == Currency.EUR).toList();
    }

    /** The day the bank is to execute the transfers. */
    public LocalDate executionDay() {
        return execution == null ? PayingOut.nextWorkingDay(today) : execution;
    }
}
