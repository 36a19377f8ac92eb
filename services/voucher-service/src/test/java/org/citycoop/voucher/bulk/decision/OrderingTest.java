package org.citycoop.voucher.bulk.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.voucher.issuance.decision.Offer;
import org.citycoop.voucher.issuance.decision.Problem;
import org.citycoop.voucher.issuance.decision.ProgramAsked;
import org.citycoop.voucher.issuance.decision.SaleRefusal;
import org.citycoop.voucher.taxfree.TaxFreeAllowance;
import org.citycoop.voucher.taxfree.TaxFreeRule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An employer's bulk order, one test a rule: Steirische Werke orders Feldbach vouchers (50 euros, or 5 to 200) for its staff
 * in Austria, where 186 euros a year are tax-free. No container.
 */
class OrderingTest {

    static final UUID PROGRAM = UUID.randomUUID();
    static final TaxFreeRule AUSTRIA = new TaxFreeRule("AT", Currency.EUR, TaxFreeRule.Period.YEAR, euros("186"), null, null, "§ 3 Abs. 1 Z 14 EStG",
            "", Instant.EPOCH, "test");

    final Ordering ordering = Ordering.withAllCurrentPolicies();

    @Nested
    class AnOrderIsChecked {

        @Test
        void intoALineAnEmployeeWithTheAmountForAllOrTheirOwn() {
            // given the amount for all of 50 euros; when Maria's row names none and Jože's names 100, then they get 50 and 100
            var checked = ordering.check(order("50", rows(employee(2, "P-001", "Maria Huber", null), employee(3, "P-002", "Jože Kovač", "100"))));
            assertThat(checked).isInstanceOf(Ordering.Valid.class);
            Ordering.Valid valid = (Ordering.Valid) checked;
            assertThat(valid.lines()).containsExactly(new Ordering.Line(2, "P-001", "Maria Huber", euros("50")),
                    new Ordering.Line(3, "P-002", "Jože Kovač", euros("100")));
            assertThat(valid.total()).isEqualTo(euros("150"));
        }

        @Test
        void withTheEmployerAsTaxOfficesWriteIt() {
            var valid = (Ordering.Valid) ordering.check(new BulkOrder(onSale(), "  Steirische Werke GmbH ", "atu 135.856-27", "AT", new BigDecimal("50"), "EUR",
                    "BANK_TRANSFER", rows(employee(2, "P-001", "Maria Huber", null))));
            assertThat(valid.company()).isEqualTo("Steirische Werke GmbH");
            assertThat(valid.vatId()).isEqualTo("ATU13585627");
        }
    }

    @Nested
    class TheOrderIsRefused {

        @Test
        void whenTheProgramIsClosed() {
            var closed = new ProgramAsked(PROGRAM, feldbach(Offer.Status.CLOSED));
            assertThat(ordering.check(new BulkOrder(closed, "Steirische Werke GmbH", "ATU13585627", "AT", new BigDecimal("50"), "EUR", "BANK_TRANSFER",
                    rows(employee(2, "P-001", "Maria Huber", null))))).isEqualTo(new Ordering.Refused(new OrderRefusal.NotSold(
                            new SaleRefusal.NotOnSale("Feldbach city voucher"))));
        }

        @Test
        void whenAnEmployeeIsListedTwiceNamingTheSecondRow() {
            assertThat(ordering.check(order("50", rows(employee(2, "P-1", "Anna", null), employee(3, "P-1", "Anna again", null)))))
                    .isEqualTo(invalid(Problem.of("employees[3].employee_id", "bulk.employee-twice", "P-1")));
        }

        @Test
        void whenARowHasNoEmployeeIdOrOneTooLong() {
            assertThat(ordering.check(order("50", rows(employee(2, "", "No Id", null), employee(3, "X".repeat(51), "Long Id", null),
                    employee(4, "X".repeat(50), "Longest Id", null))))).isEqualTo(invalid(Problem.of("employees[2].employee_id", "bulk.employee-id"),
                            Problem.of("employees[3].employee_id", "bulk.employee-id")));
        }

        @Test
        void whenARowHasNoNameOrOneTooLongToPrint() {
            assertThat(ordering.check(order("50", rows(employee(2, "P-1", "", null), employee(3, "P-2", "N".repeat(101), null), employee(4, "P-3",
                    "N".repeat(100), null))))).isEqualTo(invalid(Problem.of("employees[2].name", "bulk.employee-name"),
                            Problem.of("employees[3].name", "bulk.employee-name")));
        }

        @Test
        void whenARowsAmountIsOutOfTheProgramsBounds() {
            assertThat(ordering.check(order(null, rows(employee(2, "P-1", "Anna", "4.99"), employee(3, "P-2", "Berta", "200.01"),
                    employee(4, "P-3", "Carla", "5"), employee(5, "P-4", "Dora", "200"))))).isEqualTo(invalid(
                            Problem.of("employees[2].amount", "sale.amount-not-offered", "50, 5–200 EUR"),
                            Problem.of("employees[3].amount", "sale.amount-not-offered", "50, 5–200 EUR")));
        }

        @Test
        void whenARowHasNoAmountAndTheOrderNoneForAll() {
            assertThat(ordering.check(order(null, rows(employee(2, "P-1", "Anna", null)))))
                    .isEqualTo(invalid(Problem.of("employees[2].amount", "bulk.amount-missing")));
        }

        @Test
        void whenTheAmountForAllIsNotOfferedButNotAgainForEveryRow() {
            assertThat(ordering.check(order("300", rows(employee(2, "P-1", "Anna", null), employee(3, "P-2", "Berta", null)))))
                    .isEqualTo(invalid(Problem.of("amountEach", "sale.amount-not-offered", "50, 5–200 EUR")));
        }

        @Test
        void whenTheListIsEmpty() {
            assertThat(ordering.check(order("50", rows()))).isEqualTo(invalid(Problem.of("employees", "bulk.csv-empty")));
        }

        @Test
        void withWhatMadeTheListUnreadableAndNoMoreAboutAnEmptyList() {
            var unreadable = new EmployeeRows(List.of(), List.of(Problem.of("employees", "bulk.csv-encoding")));
            assertThat(ordering.check(order("50", unreadable))).isEqualTo(invalid(Problem.of("employees", "bulk.csv-encoding")));
        }

        @Test
        void withEveryProblemOfTheEmployerAtOnce() {
            var order = new BulkOrder(onSale(), " ", "123", "DE", new BigDecimal("50"), "HUF", "IOU", rows(employee(2, "P-1", "Anna", null)));
            assertThat(ordering.check(order)).isEqualTo(invalid(Problem.of("currency", "sale.currency-of-program", "EUR"),
                    Problem.of("companyName", "bulk.company-name"), Problem.of("companyVatId", "bulk.company-vat-id"), Problem.of("country", "bulk.country"),
                    Problem.of("paymentMethod", "sale.payment-method", "BANK_TRANSFER, CARD_TERMINAL, CASH")));
        }
    }

    @Nested
    class TheTaxFreeRule {

        @Test
        void letsAnOrderThroughThatReachesTheLimitExactlyWarningAboutTheLinesNearIt() {
            // given Maria received 86 euros this year; when she gets 100 more (186 of 186) and Jože 50, then the order is placed, Maria's line warned about
            var valid = valid(order("50", rows(employee(2, "P-001", "Maria Huber", "100"), employee(3, "P-002", "Jože Kovač", null))));
            var capped = ordering.withinTaxFreeRule(valid, AUSTRIA, Map.of("P-001", new TaxFreeAllowance.Received(euros("86"), 1)));
            assertThat(capped).isInstanceOf(Ordering.Place.class);
            assertThat(((Ordering.Place) capped).near()).extracting(near -> near.gift().line()).containsExactly(2);
            assertThat(((Ordering.Place) capped).order()).isEqualTo(valid);
        }

        @Test
        void refusesTheOrderWhenALineGoesACentOverNamingIt() {
            var valid = valid(order("50", rows(employee(2, "P-001", "Maria Huber", "100.01"), employee(3, "P-002", "Jože Kovač", null))));
            var capped = ordering.withinTaxFreeRule(valid, AUSTRIA, Map.of("P-001", new TaxFreeAllowance.Received(euros("86"), 1)));
            assertThat(capped).isInstanceOfSatisfying(Ordering.Refused.class, refused -> assertThat(refused.refusal())
                    .isInstanceOfSatisfying(OrderRefusal.OverTaxFreeRule.class, over -> {
                        assertThat(over.rule()).isEqualTo(AUSTRIA);
                        assertThat(over.over()).singleElement().satisfies(line -> {
                            assertThat(line.gift().employeeRef()).isEqualTo("P-001");
                            assertThat(line.breach()).isEqualTo(TaxFreeAllowance.Breach.PERIOD_LIMIT);
                            assertThat(line.after()).isEqualTo(euros("186.01"));
                        });
                    }));
        }

        @Test
        void refusesAnOrderInAnotherCurrencyThanTheRulesBeforeCountingAnything() {
            var hungary = new TaxFreeRule("HU", Currency.HUF, TaxFreeRule.Period.YEAR, Money.of(96840, Currency.HUF), null, null, "Szja tv.", "",
                    Instant.EPOCH, "test");
            var valid = valid(order("50", rows(employee(2, "P-001", "Maria Huber", null))));
            assertThat(ordering.withinTaxFreeRule(valid, hungary, Map.of()))
                    .isEqualTo(new Ordering.Refused(new OrderRefusal.RuleInOtherCurrency(hungary, "EUR")));
        }
    }

    static Ordering.Valid valid(BulkOrder order) {
        return (Ordering.Valid) Ordering.withAllCurrentPolicies().check(order);
    }

    static Ordering.Refused invalid(Problem... problems) {
        return new Ordering.Refused(new OrderRefusal.NotSold(new SaleRefusal.Invalid(List.of(problems))));
    }

    static BulkOrder order(@Nullable String amountEach, EmployeeRows employees) {
        return new BulkOrder(onSale(), "Steirische Werke GmbH", "ATU13585627", "AT", amountEach == null ? null : new BigDecimal(amountEach), "EUR",
                "BANK_TRANSFER", employees);
    }

    static ProgramAsked onSale() {
        return new ProgramAsked(PROGRAM, feldbach(Offer.Status.ACTIVE));
    }

    static Offer feldbach(Offer.Status status) {
        return new Offer(PROGRAM, "Feldbach city voucher", status, Currency.EUR, List.of(new BigDecimal("50")), new BigDecimal("5"), new BigDecimal("200"));
    }

    static EmployeeRows rows(Employee... employees) {
        return new EmployeeRows(List.of(employees), List.of());
    }

    static Employee employee(int line, String ref, String name, @Nullable String amount) {
        return new Employee(line, ref, name, amount == null ? null : new BigDecimal(amount), false);
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }
}
