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

/** Giving back a redemption, one test a rule: 20 euros were taken off a voucher at the bakery three days ago. No container. */
class ReversingTest {

    static final Instant NOW = Instant.parse("2027-03-10T10:15:00Z");
    static final Duration WINDOW = Duration.ofDays(14);

    final Reversing reversing = Reversing.withAllCurrentPolicies();

    @Nested
    class TheShopGivesBack {

        @Test
        void partOfWhatWasTaken() {
            // given 20 euros redeemed, nothing given back yet; when the shop gives back 5
            // then 5 go back to the voucher
            assertThat(reversing.decide(byTheShop(redeemed("20", "0", NOW.minus(Duration.ofDays(3))), new BigDecimal("5"))))
                    .isEqualTo(new Reversing.GiveBack(euros("5")));
        }

        @Test
        void allThatIsLeftWhenItNamesNoAmount() {
            // given 20 euros redeemed and 5 given back already; when the shop names no amount, then the 15 left go back
            assertThat(reversing.decide(byTheShop(redeemed("20", "5", NOW.minus(Duration.ofDays(3))), null))).isEqualTo(new Reversing.GiveBack(euros("15")));
        }

        @Test
        void exactlyWhatIsLeftOnTheWindowsLastMoment() {
            assertThat(reversing.decide(byTheShop(redeemed("20", "5", NOW.minus(WINDOW)), new BigDecimal("15.00")))).isEqualTo(new Reversing.GiveBack(euros("15")));
        }
    }

    @Nested
    class TheShopIsRefused {

        @Test
        void moreThanWasRedeemed() {
            // given 20 euros redeemed and 5 given back; when the shop asks to give back 15.01, then it is refused, naming the 15 left
            assertThat(reversing.decide(byTheShop(redeemed("20", "5", NOW.minus(Duration.ofDays(3))), new BigDecimal("15.01"))))
                    .isEqualTo(new Reversing.Refused(new ReversalRefusal.MoreThanLeft(euros("15"))));
        }

        @Test
        void whenEverythingWasGivenBackAlready() {
            assertThat(reversing.decide(byTheShop(redeemed("20", "20", NOW.minus(Duration.ofDays(3))), null)))
                    .isEqualTo(new Reversing.Refused(new ReversalRefusal.MoreThanLeft(euros("0"))));
        }

        @Test
        void anAmountThatIsNoAmountOfTheCurrency() {
            for (String amount : new String[] {"0", "-5", "0.001"}) {
                assertThat(reversing.decide(byTheShop(redeemed("20", "0", NOW.minus(Duration.ofDays(3))), new BigDecimal(amount)))).as(amount)
                        .isEqualTo(new Reversing.Refused(new ReversalRefusal.AmountMalformed(Currency.EUR)));
            }
        }

        @Test
        void afterTheWindow() {
            assertThat(reversing.decide(byTheShop(redeemed("20", "0", NOW.minus(WINDOW).minusMillis(1)), null)))
                    .isEqualTo(new Reversing.Refused(new ReversalRefusal.WindowOver(WINDOW)));
        }

        @Test
        void aSettledRedemption() {
            Reversal.Redeemed settled = new Reversal.Redeemed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), euros("20"), euros("0"),
                    NOW.minus(Duration.ofDays(3)), true);
            assertThat(reversing.decide(byTheShop(settled, null))).isEqualTo(new Reversing.Refused(new ReversalRefusal.AlreadySettled()));
        }

        @Test
        void anotherShopsRedemptionAsIfThereWereNone() {
            Reversal.Redeemed redeemed = redeemed("20", "0", NOW.minus(Duration.ofDays(3)));
            assertThat(reversing.decide(new Reversal(redeemed, false, null, WINDOW, NOW))).isEqualTo(new Reversing.Refused(new ReversalRefusal.NoSuchRedemption()));
            assertThat(reversing.decide(new Reversal(null, false, null, WINDOW, NOW))).isEqualTo(new Reversing.Refused(new ReversalRefusal.NoSuchRedemption()));
        }
    }

    static Reversal byTheShop(Reversal.Redeemed redeemed, @Nullable BigDecimal amount) {
        return new Reversal(redeemed, true, amount, WINDOW, NOW);
    }

    static Reversal.Redeemed redeemed(String amount, String reversed, Instant at) {
        return new Reversal.Redeemed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), euros(amount), euros(reversed), at, false);
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }
}
