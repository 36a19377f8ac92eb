package org.citycoop.voucher.bulk.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citycoop.contracts.money.Money;
import org.citycoop.decision.Policies;
import org.citycoop.voucher.issuance.decision.Offer;
import org.citycoop.voucher.issuance.decision.OfferPolicy;
import org.citycoop.voucher.issuance.decision.Problem;
import org.citycoop.voucher.issuance.decision.ProgramAsked;
import org.citycoop.voucher.issuance.decision.SaleRefusal;
import org.citycoop.voucher.taxfree.TaxFreeAllowance;
import org.citycoop.voucher.taxfree.TaxFreeRule;

/**
 * An employer's bulk order, decided in two steps. {@link #check}: the program's refusal first ({@link OfferPolicy}, in
 * order), then every problem of the order ({@link OrderPolicy}) and of its employee list (what made it unreadable, then
 * {@link LinePolicy} for every row) at once; else the lines with their amounts. {@link #withinTaxFreeRule}: the checked
 * lines against the country's rule and what each employee already received ({@link TaxFreePolicy}, in order); else what to
 * place, with the lines close to the limit. Between the two the caller locks the employer's orders and loads what they gave.
 */
public final class Ordering {

    /** One employee's voucher: the row's line, the employee, the amount. */
    public record Line(int line, String employeeRef, String name, Money amount) {
    }

    /** What checking an order comes to. */
    public sealed interface Checked permits Valid, Refused {
    }

    /** What the tax-free rule makes of a checked order. */
    public sealed interface Capped permits Place, Refused {
    }

    /** An order without a problem: the employer as normalised and a line an employee, in the list's order. */
    public record Valid(Offer offer, String company, String vatId, String country, String paymentMethod, List<Line> lines) implements Checked {

        public Valid {
            lines = List.copyOf(lines);
        }

        public Money total() {
            return lines.stream().map(Line::amount).reduce(Money.zero(offer.currency()), Money::plus);
        }

        List<TaxFreeAllowance.Gift> gifts() {
            return lines.stream().map(line -> new TaxFreeAllowance.Gift(line.line(), line.employeeRef(), line.name(), line.amount())).toList();
        }
    }

    /** Place the order: a voucher a line; {@code near} the lines above 80 % of the period's limit, to warn about. */
    public record Place(Valid order, List<TaxFreeAllowance.Near> near) implements Capped {

        public Place {
            near = List.copyOf(near);
        }
    }

    /** Order nothing, for {@code refusal}. */
    public record Refused(OrderRefusal refusal) implements Checked, Capped {
    }

    private final Policies<ProgramAsked, SaleRefusal> offerPolicies;
    private final Policies<BulkOrder, Problem> orderPolicies;
    private final Policies<LineAsked, Problem> linePolicies;
    private final Policies<CapAsked, OrderRefusal> taxFreePolicies;

    public Ordering(List<OfferPolicy> offerPolicies, List<OrderPolicy> orderPolicies, List<LinePolicy> linePolicies, List<TaxFreePolicy> taxFreePolicies) {
        this.offerPolicies = Policies.of(offerPolicies);
        this.orderPolicies = Policies.of(orderPolicies);
        this.linePolicies = Policies.of(linePolicies);
        this.taxFreePolicies = Policies.of(taxFreePolicies);
    }

    /** With every current policy. */
    public static Ordering withAllCurrentPolicies() {
        return new Ordering(OfferPolicy.allCurrentPolicies(), OrderPolicy.allCurrentPolicies(), LinePolicy.allCurrentPolicies(),
                TaxFreePolicy.allCurrentPolicies());
    }

    public Checked check(BulkOrder order) {
        Optional<SaleRefusal> notSold = offerPolicies.firstRefusal(order.program());
        if (notSold.isPresent()) {
            return new Refused(new OrderRefusal.NotSold(notSold.get()));
        }
        Offer offer = order.offer();
        List<Problem> problems = new ArrayList<>();
        problems.addAll(orderPolicies.allRefusals(order));
        problems.addAll(order.employees().problems());
        Optional<Money> each = order.amountEach() == null || offer.amountProblem(order.amountEach(), "amountEach").isPresent()
                ? Optional.empty()
                : Optional.of(offer.price(order.amountEach()));
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Employee employee : order.employees().rows()) {
            boolean listedBefore = LinePolicy.validId(employee) && !seen.add(employee.employeeRef());
            LineAsked asked = new LineAsked(employee, listedBefore, offer, order.amountEach());
            int before = problems.size();
            problems.addAll(linePolicies.allRefusals(asked));
            Optional<Money> amount = employee.amount() != null ? Optional.of(employee.amount()).filter(a -> offer.amountProblem(a, "").isEmpty()).map(offer::price)
                    : each;
            if (problems.size() == before && amount.isPresent()) {
                lines.add(new Line(employee.line(), employee.employeeRef(), employee.name(), amount.get()));
            }
        }
        if (order.employees().rows().isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("employees", "bulk.csv-empty"));
        }
        if (!problems.isEmpty()) {
            return new Refused(new OrderRefusal.NotSold(new SaleRefusal.Invalid(problems)));
        }
        return new Valid(offer, order.company(), order.vatId(), java.util.Objects.requireNonNull(order.country()),
                java.util.Objects.requireNonNull(order.paymentMethod()), lines);
    }

    /** {@code order}'s lines against {@code rule}, given what each employee (by id) already received from this employer in its period. */
    public Capped withinTaxFreeRule(Valid order, TaxFreeRule rule, Map<String, TaxFreeAllowance.Received> received) {
        CapAsked asked = new CapAsked(rule, order.offer().currency(), order.gifts(), received);
        return taxFreePolicies.decide(asked, Refused::new, () -> new Place(order, TaxFreeAllowance.check(rule, asked.gifts(), received).near()));
    }
}
