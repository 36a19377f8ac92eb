package org.citycoop.voucher.issuance.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A counter sale, one test a rule: Feldbach's program sells 10, 20 and 50 euros, or a free amount from 5 to 200 euros. No
 * container.
 */
class SellingTest {

    static final UUID PROGRAM = UUID.randomUUID();
    static final UUID PETRA = UUID.randomUUID();

    final Selling selling = Selling.withAllCurrentPolicies();

    @Nested
    class TheCounterSells {

        @Test
        void aDenominationAsOneBearerVoucherWhenNoQuantityIsNamed() {
            // given the program on sale; when the operator sells 50 euros in cash to nobody in particular
            // then one voucher of 50 euros is sold, and 50 euros are taken
            var decision = selling.decide(sale(feldbach(), "50", "EUR", "CASH", null, false, null));
            assertThat(decision).isEqualTo(new Selling.Sell(feldbach(), euros("50"), 1));
            assertThat(((Selling.Sell) decision).total()).isEqualTo(euros("50"));
        }

        @Test
        void aFreeAmountFromItsLowerToItsUpperLimit() {
            for (String amount : new String[] {"5", "12.50", "200.00"}) {
                assertThat(selling.decide(sale(feldbach(), amount, "EUR", "CARD_TERMINAL", null, false, null))).as(amount)
                        .isEqualTo(new Selling.Sell(feldbach(), euros(amount), 1));
            }
        }

        @Test
        void upToFiftyVouchersIntoAShoppersWalletAndTakesThePriceOfAll() {
            var decision = selling.decide(sale(feldbach(), "20", "EUR", "BANK_TRANSFER", PETRA, true, 50));
            assertThat(decision).isEqualTo(new Selling.Sell(feldbach(), euros("20"), 50));
            assertThat(((Selling.Sell) decision).total()).isEqualTo(euros("1000"));
        }
    }

    @Nested
    class TheProgramRefuses {

        @Test
        void whenTheSaleNamesNoProgram() {
            assertThat(selling.decide(new CounterSale(new ProgramAsked(null, null), new BigDecimal("50"), "EUR", "CASH", null, false, null)))
                    .isEqualTo(refused(Problem.of("programId", "sale.program-missing")));
        }

        @Test
        void whenThereIsNoSuchProgramOrOnlyADraft() {
            assertThat(selling.decide(new CounterSale(new ProgramAsked(PROGRAM, null), new BigDecimal("50"), "EUR", "CASH", null, false, null)))
                    .isEqualTo(refused(Problem.of("programId", "sale.program-unknown", PROGRAM)));
            assertThat(selling.decide(sale(feldbach(Offer.Status.DRAFT), "50", "EUR", "CASH", null, false, null)))
                    .isEqualTo(refused(Problem.of("programId", "sale.program-unknown", PROGRAM)));
        }

        @Test
        void whenItIsClosedNamingIt() {
            // given the program closed; when the operator sells a denomination it offered, then nothing is sold: it is not on sale
            assertThat(selling.decide(sale(feldbach(Offer.Status.CLOSED), "50", "EUR", "CASH", null, false, null)))
                    .isEqualTo(new Selling.Refused(new SaleRefusal.NotOnSale("Feldbach city voucher")));
        }

        @Test
        void beforeAnyFieldOfTheSaleIsLookedAt() {
            assertThat(selling.decide(sale(feldbach(Offer.Status.CLOSED), "-1", "HUF", "IOU", UUID.randomUUID(), false, 0)))
                    .isEqualTo(new Selling.Refused(new SaleRefusal.NotOnSale("Feldbach city voucher")));
        }
    }

    @Nested
    class TheSaleIsRefused {

        @Test
        void anAmountTheProgramDoesNotOfferNamingWhatItOffers() {
            for (String amount : new String[] {"4.99", "200.01", "1000"}) {
                assertThat(selling.decide(sale(feldbach(), amount, "EUR", "CASH", null, false, null))).as(amount)
                        .isEqualTo(refused(Problem.of("amount", "sale.amount-not-offered", "10, 20, 50, 5–200 EUR")));
            }
        }

        @Test
        void anAmountOfFixedDenominationsOnlyThatIsNoneOfThem() {
            Offer fixed = new Offer(PROGRAM, "Ptuj", Offer.Status.ACTIVE, Currency.EUR, List.of(new BigDecimal("10"), new BigDecimal("25")), null, null);
            assertThat(selling.decide(sale(fixed, "15", "EUR", "CASH", null, false, null)))
                    .isEqualTo(refused(Problem.of("amount", "sale.amount-not-offered", "10, 25 EUR")));
        }

        @Test
        void noAmountOrOneThatIsNotPositive() {
            for (String amount : new String[] {null, "0", "-10"}) {
                assertThat(selling.decide(sale(feldbach(), amount, "EUR", "CASH", null, false, null))).as(String.valueOf(amount))
                        .isEqualTo(refused(Problem.of("amount", "program.amount-positive")));
            }
        }

        @Test
        void anAmountWithMoreDecimalsThanTheCurrency() {
            assertThat(selling.decide(sale(feldbach(), "10.001", "EUR", "CASH", null, false, null)))
                    .isEqualTo(refused(Problem.of("amount", "program.amount-decimals", "EUR", 2)));
        }

        @Test
        void aPaymentInAnotherCurrencyThanTheProgramsOrNone() {
            for (String currency : new String[] {"HUF", null}) {
                assertThat(selling.decide(sale(feldbach(), "50", currency, "CASH", null, false, null))).as(String.valueOf(currency))
                        .isEqualTo(refused(Problem.of("currency", "sale.currency-of-program", "EUR")));
            }
        }

        @Test
        void aPaymentMethodTheCounterDoesNotTake() {
            for (String method : new String[] {"IOU", "cash", null}) {
                assertThat(selling.decide(sale(feldbach(), "50", "EUR", method, null, false, null))).as(String.valueOf(method))
                        .isEqualTo(refused(Problem.of("paymentMethod", "sale.payment-method", "CASH, CARD_TERMINAL, BANK_TRANSFER")));
            }
        }

        @Test
        void noVoucherOrMoreThanFiftyAtOnce() {
            for (int quantity : new int[] {0, -1, 51}) {
                assertThat(selling.decide(sale(feldbach(), "50", "EUR", "CASH", null, false, quantity))).as(String.valueOf(quantity))
                        .isEqualTo(refused(Problem.of("quantity", "sale.quantity", 1, 50)));
            }
        }

        @Test
        void intoTheWalletOfSomeoneWhoIsNoRegisteredShopper() {
            UUID stranger = UUID.randomUUID();
            assertThat(selling.decide(sale(feldbach(), "50", "EUR", "CASH", stranger, false, null)))
                    .isEqualTo(refused(Problem.of("shopperId", "sale.shopper-unknown", stranger)));
        }

        @Test
        void withEveryProblemAtOnceInTheOrderOfThePolicies() {
            UUID stranger = UUID.randomUUID();
            assertThat(selling.decide(sale(feldbach(), "300", "HUF", "IOU", stranger, false, 51))).isEqualTo(new Selling.Refused(new SaleRefusal.Invalid(List.of(
                    Problem.of("currency", "sale.currency-of-program", "EUR"), Problem.of("amount", "sale.amount-not-offered", "10, 20, 50, 5–200 EUR"),
                    Problem.of("paymentMethod", "sale.payment-method", "CASH, CARD_TERMINAL, BANK_TRANSFER"), Problem.of("quantity", "sale.quantity", 1, 50),
                    Problem.of("shopperId", "sale.shopper-unknown", stranger)))));
        }
    }

    @Test
    void aPolicyLeftOutIsNotAsked() {
        // the policies are the rules: without the quantity rule, 51 vouchers are sold
        var lenient = new Selling(OfferPolicy.allCurrentPolicies(), List.of(CounterSalePolicy.currencyOfProgram, CounterSalePolicy.amountOffered));
        assertThat(lenient.decide(sale(feldbach(), "50", "EUR", "IOU", null, false, 51))).isEqualTo(new Selling.Sell(feldbach(), euros("50"), 51));
    }

    static Offer feldbach() {
        return feldbach(Offer.Status.ACTIVE);
    }

    static Offer feldbach(Offer.Status status) {
        return new Offer(PROGRAM, "Feldbach city voucher", status, Currency.EUR, List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("50")),
                new BigDecimal("5"), new BigDecimal("200"));
    }

    static CounterSale sale(Offer offer, @Nullable String amount, @Nullable String currency, @Nullable String paymentMethod, @Nullable UUID shopper,
            boolean shopperKnown, @Nullable Integer quantity) {
        return new CounterSale(new ProgramAsked(offer.programId(), offer), amount == null ? null : new BigDecimal(amount), currency, paymentMethod, shopper,
                shopperKnown, quantity);
    }

    static Selling.Refused refused(Problem problem) {
        return new Selling.Refused(new SaleRefusal.Invalid(List.of(problem)));
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }
}
