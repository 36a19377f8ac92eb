package org.citycoop.voucher.taxfree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citycoop.contracts.money.Money;

/**
 * The decision whether an order's vouchers stay within a country's tax-free rule, per employee: what
 * the employee already received from this employer in the period counts, each order is one occasion.
 * Pure: no database, no clock.
 */
public final class TaxFreeAllowance {

    /** One employee's voucher in the order (line of the uploaded list). */
    public record Gift(int line, String employeeRef, String name, Money amount) {
    }

    /** What an employee already received from this employer in the period, and in how many orders. */
    public record Received(Money total, int orders) {
    }

    /** Which part of the rule a gift breaks. */
    public enum Breach {
        PERIOD_LIMIT, PER_OCCASION, OCCASIONS
    }

    /** A gift over the rule, with what the employee had before and would have with it. */
    public record Over(Gift gift, Breach breach, Money received, Money after, int ordersAfter) {
    }

    /** A gift within the rule but above 80 % of the period's limit. */
    public record Near(Gift gift, Money after) {
    }

    /** The gifts over the rule (none: the order may go ahead) and those close to it. */
    public record Outcome(List<Over> over, List<Near> near) {
        public boolean allowed() {
            return over.isEmpty();
        }
    }

    private TaxFreeAllowance() {
    }

    /** Checks every gift against {@code rule}, given what each employee (by reference) already received. */
    public static Outcome check(TaxFreeRule rule, List<Gift> gifts, Map<String, Received> already) {
        List<Over> over = new ArrayList<>();
        List<Near> near = new ArrayList<>();
        Received none = new Received(Money.zero(rule.currency()), 0);
        for (Gift gift : gifts) {
            if (gift.amount().currency() != rule.currency()) {
                throw new IllegalArgumentException("gifts are checked in the rule's currency");
            }
            Received received = already.getOrDefault(gift.employeeRef(), none);
            Money after = received.total().plus(gift.amount());
            int ordersAfter = received.orders() + 1;
            if (rule.perOccasion() != null && gift.amount().compareTo(rule.perOccasion()) > 0) {
                over.add(new Over(gift, Breach.PER_OCCASION, received.total(), after, ordersAfter));
            } else if (rule.occasions() != null && ordersAfter > rule.occasions()) {
                over.add(new Over(gift, Breach.OCCASIONS, received.total(), after, ordersAfter));
            } else if (after.compareTo(rule.limit()) > 0) {
                over.add(new Over(gift, Breach.PERIOD_LIMIT, received.total(), after, ordersAfter));
            } else if (after.minor() * 10 > rule.limit().minor() * 8) {
                near.add(new Near(gift, after));
            }
        }
        return new Outcome(List.copyOf(over), List.copyOf(near));
    }
}
