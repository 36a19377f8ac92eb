package org.citycoop.redemption.checkout.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Recording a purchase at the Feldbach bakery (a euro store) for points, one test a rule. No container. */
class PurchasingTest {

    static final UUID REDEMPTION = UUID.fromString("00000000-0000-0000-0000-000000001250");

    final Purchasing purchasing = Purchasing.withAllCurrentPolicies();

    @Nested
    class ThePurchaseIsRecorded {

        @Test
        void withNoVoucherPaid() {
            assertThat(purchasing.decide(new Purchase(Currency.EUR, "EUR", new BigDecimal("23.80"), List.of())))
                    .isEqualTo(new Purchasing.Recorded(euros("23.80"), euros("0")));
        }

        @Test
        void withWhatTheVouchersPaidOfIt() {
            // given two redemptions of this shop for 12.50 and 5; when the till records a basket of 23.80 paid partly with them
            // then the purchase says 17.50 of it were vouchers
            Purchase purchase = new Purchase(Currency.EUR, "EUR", new BigDecimal("23.80"),
                    List.of(new Purchase.PaidWith(REDEMPTION, euros("12.50")), new Purchase.PaidWith(UUID.randomUUID(), euros("5"))));
            assertThat(purchasing.decide(purchase)).isEqualTo(new Purchasing.Recorded(euros("23.80"), euros("17.50")));
        }
    }

    @Nested
    class ThePurchaseIsRefused {

        @Test
        void inAnotherCurrencyThanTheStores() {
            for (String currency : new String[] {"HUF", "eur", null}) {
                assertThat(purchasing.decide(new Purchase(Currency.EUR, currency, new BigDecimal("23.80"), List.of()))).as(String.valueOf(currency))
                        .isEqualTo(new Purchasing.Refused(new PurchaseRefusal.NotInStoreCurrency(Currency.EUR)));
            }
        }

        @Test
        void withABasketThatIsNoAmountOfTheCurrency() {
            for (String basket : new String[] {null, "0", "-1", "23.805"}) {
                assertThat(purchasing.decide(new Purchase(Currency.EUR, "EUR", basket == null ? null : new BigDecimal(basket), List.of())))
                        .as(String.valueOf(basket)).isEqualTo(new Purchasing.Refused(new PurchaseRefusal.BasketMalformed()));
            }
        }

        @Test
        void inForintsWithCents() {
            assertThat(purchasing.decide(new Purchase(Currency.HUF, "HUF", new BigDecimal("2380.50"), List.of())))
                    .isEqualTo(new Purchasing.Refused(new PurchaseRefusal.BasketMalformed()));
        }

        @Test
        void paidWithARedemptionThatIsNotThisShops() {
            // given one of the named redemptions is no approved redemption of this merchant: it is named
            UUID unknown = UUID.randomUUID();
            Purchase purchase = new Purchase(Currency.EUR, "EUR", new BigDecimal("23.80"),
                    List.of(new Purchase.PaidWith(REDEMPTION, euros("12.50")), new Purchase.PaidWith(unknown, null)));
            assertThat(purchasing.decide(purchase)).isEqualTo(new Purchasing.Refused(new PurchaseRefusal.UnknownRedemption(unknown)));
        }
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }
}
