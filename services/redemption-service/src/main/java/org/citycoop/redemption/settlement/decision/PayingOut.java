package org.citycoop.redemption.settlement.decision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.citycoop.decision.Policies;

/**
 * Handing a period's euro payouts to the bank, decided: the transfers, grouped by the city that pays them (each paying city is
 * one payment, with the city as ultimate debtor), with the message id that follows from the period (so a file downloaded twice
 * is refused by the bank as a duplicate instead of paying twice); or the first refusal of the policies.
 */
public final class PayingOut {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** What a payout run comes to. */
    public sealed interface Decision permits Transfers, Refused {
    }

    /**
     * Transfer every euro payout on {@code executionDay}.
     *
     * @param byPayingCity the payouts per paying city, the cities in order
     */
    public record Transfers(String messageId, LocalDate executionDay, List<Payout> all, SortedMap<String, List<Payout>> byPayingCity) implements Decision {

        public Transfers {
            all = List.copyOf(all);
        }
    }

    /** Make no file, for {@code refusal}. */
    public record Refused(PayoutRefusal refusal) implements Decision {
    }

    private final Policies<PayoutRun, PayoutRefusal> policies;

    public PayingOut(List<PayoutPolicy> policies) {
        this.policies = Policies.of(policies);
    }

    /** With every current policy. */
    public static PayingOut withAllCurrentPolicies() {
        return new PayingOut(PayoutPolicy.allCurrentPolicies());
    }

    public Decision decide(PayoutRun run) {
        return policies.decide(run, Refused::new, () -> transfers(run));
    }

    private static Transfers transfers(PayoutRun run) {
        List<Payout> euro = run.euro();
        SortedMap<String, List<Payout>> byPayingCity = new TreeMap<>();
        euro.forEach(payout -> byPayingCity.computeIfAbsent(payout.paidBy(), city -> new ArrayList<>()).add(payout));
        byPayingCity.replaceAll((city, payouts) -> List.copyOf(payouts));
        return new Transfers(messageId(run.period()), run.executionDay(), euro, byPayingCity);
    }

    /** The message id: the same for the same period. */
    static String messageId(Period period) {
        return "CITYCOOP-" + DAY.format(period.from()) + "-" + DAY.format(period.to());
    }

    /** The next day after {@code day} that is no Saturday or Sunday. */
    public static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
