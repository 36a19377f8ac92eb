package org.citycoop.redemption.checkout.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Refunding a purchase, one test a rule: a basket of 23.90 euros was bought at the bakery two days ago. No container. */
class RefundingTest {

    static final Instant NOW = Instant.parse("2027-03-10T10:15:00Z");
    static final Duration WINDOW = Duration.ofDays(14);
    static final UUID PURCHASE = UUID.fromString("00000000-0000-0000-0000-000000000023");

    final Refunding refunding = Refunding.withAllCurrentPolicies();

    @Nested
    class TheShopRefunds {

        @Test
        void partOfThePurchase() {
            // given 23.90 paid, nothing refunded; when the shop refunds 10, then 10 are refunded and 10 in all
            assertThat(refunding.decide(byTheShop(bought("23.90", "0", NOW.minus(Duration.ofDays(2))), "10")))
                    .isEqualTo(new Refunding.Refunded(euros("10"), euros("10")));
        }

        @Test
        void exactlyWhatIsLeftOnTheWindowsLastMoment() {
            // given 10 refunded before, the window ending now; when the shop refunds the 13.90 left, then the purchase is refunded in full
            assertThat(refunding.decide(byTheShop(bought("23.90", "10", NOW.minus(WINDOW)), "13.90")))
                    .isEqualTo(new Refunding.Refunded(euros("13.90"), euros("23.90")));
        }
    }

    @Nested
    class TheShopIsRefused {

        @Test
        void moreThanWasPaid() {
            // given 10 of 23.90 refunded; when the shop asks for 14, then it is refused, naming the 13.90 left
            assertThat(refunding.decide(byTheShop(bought("23.90", "10", NOW.minus(Duration.ofDays(2))), "14")))
                    .isEqualTo(new Refunding.Refused(new RefundRefusal.MoreThanLeft(euros("13.90"))));
        }

        @Test
        void anythingOnceAllWasRefunded() {
            assertThat(refunding.decide(byTheShop(bought("23.90", "23.90", NOW.minus(Duration.ofDays(2))), "0.01")))
                    .isEqualTo(new Refunding.Refused(new RefundRefusal.MoreThanLeft(euros("0"))));
        }

        @Test
        void noAmountOrOneThatIsNoAmountOfTheCurrency() {
            for (String amount : new String[] {null, "0", "-5", "0.001"}) {
                assertThat(refunding.decide(byTheShop(bought("23.90", "0", NOW.minus(Duration.ofDays(2))), amount))).as(String.valueOf(amount))
                        .isEqualTo(new Refunding.Refused(new RefundRefusal.AmountMalformed(euros("23.90"))));
            }
        }

        @Test
        void outsideTheWindow() {
            assertThat(refunding.decide(byTheShop(bought("23.90", "0", NOW.minus(WINDOW).minusMillis(1)), "1")))
                    .isEqualTo(new Refunding.Refused(new RefundRefusal.WindowOver(WINDOW)));
        }

        @Test
        void anotherShopsPurchaseAsIfThereWereNone() {
            Refund.Bought bought = bought("23.90", "0", NOW.minus(Duration.ofDays(2)));
            assertThat(refunding.decide(new Refund(PURCHASE, bought, false, BigDecimal.ONE, WINDOW, NOW)))
                    .isEqualTo(new Refunding.Refused(new RefundRefusal.NoSuchPurchase(PURCHASE)));
            assertThat(refunding.decide(new Refund(PURCHASE, null, false, BigDecimal.ONE, WINDOW, NOW)))
                    .isEqualTo(new Refunding.Refused(new RefundRefusal.NoSuchPurchase(PURCHASE)));
        }

        @Test
        void theWindowBeforeTheAmount() {
            // a purchase both too old and asked too much of is refused for its age: the policies are asked in order
            assertThat(refunding.decide(byTheShop(bought("23.90", "0", NOW.minus(Duration.ofDays(30))), "99")))
                    .isEqualTo(new Refunding.Refused(new RefundRefusal.WindowOver(WINDOW)));
        }
    }

    static Refund byTheShop(Refund.Bought bought, @Nullable String amount) {
        return new Refund(PURCHASE, bought, true, amount == null ? null : new BigDecimal(amount), WINDOW, NOW);
    }

    static Refund.Bought bought(String basket, String refunded, Instant at) {
        return new Refund.Bought(euros(basket), euros(refunded), at);
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }
}
