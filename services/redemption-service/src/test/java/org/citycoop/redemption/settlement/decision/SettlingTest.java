package org.citycoop.redemption.settlement.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.redemption.settlement.decision.Shops.BAKERY;
import static org.citycoop.redemption.settlement.decision.Shops.PHARMACY;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.redemption.settlement.decision.OpenLine.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Settling the week of Monday 1 to Sunday 7 March 2027 (Vienna time), and what its open lines net to. No container. */
class SettlingTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final LocalDate SUNDAY = LocalDate.of(2027, 3, 7);
    /** Sunday's end in Vienna: midnight, 23:00 UTC in winter time. */
    static final Instant WEEK_OVER = Instant.parse("2027-03-07T23:00:00Z");

    final Settling settling = Settling.withAllCurrentPolicies();

    @Nested
    class APeriod {

        @Test
        void thatIsOverIsSettled() {
            assertThat(settling.decide(new SettlementRequest(MONDAY, SUNDAY, WEEK_OVER.plusSeconds(3600))))
                    .isEqualTo(new Settling.Settle(new Period(MONDAY, SUNDAY)));
        }

        @Test
        void isOverAtMidnightAfterItsLastDayInVienna() {
            assertThat(new Period(MONDAY, SUNDAY).end()).isEqualTo(WEEK_OVER);
            assertThat(settling.decide(new SettlementRequest(MONDAY, SUNDAY, WEEK_OVER))).isEqualTo(new Settling.Settle(new Period(MONDAY, SUNDAY)));
        }

        @Test
        void thatIsNotClosedIsRefused() {
            // given it is Sunday evening in Vienna; when the operator settles the week, then it is refused: a till may still redeem
            assertThat(settling.decide(new SettlementRequest(MONDAY, SUNDAY, WEEK_OVER.minusMillis(1))))
                    .isEqualTo(new Settling.Refused(new SettlementRefusal.PeriodNotOver()));
        }

        @Test
        void backwardsOrWithADayMissingIsRefused() {
            Instant later = WEEK_OVER.plusSeconds(86_400);
            assertThat(settling.decide(new SettlementRequest(SUNDAY, MONDAY, later))).isEqualTo(new Settling.Refused(new SettlementRefusal.PeriodMalformed()));
            assertThat(settling.decide(new SettlementRequest(null, SUNDAY, later))).isEqualTo(new Settling.Refused(new SettlementRefusal.PeriodMalformed()));
            assertThat(settling.decide(new SettlementRequest(MONDAY, null, later))).isEqualTo(new Settling.Refused(new SettlementRefusal.PeriodMalformed()));
            assertThat(Period.of(SUNDAY, MONDAY)).isEmpty();
            assertThat(Period.of(MONDAY, MONDAY)).contains(new Period(MONDAY, MONDAY));
        }
    }

    @Nested
    class Netting {

        @Test
        void reversalsNetAgainstTheRedemptionsOfTheSameMerchantIssuerAndCurrency() {
            // given the bakery took 20 and 5 off Feldbach vouchers and gave 3 back; then it is paid out 22 for two redemptions
            List<Statement> statements = Settling.net(List.of(redeemed(BAKERY, "at-feldbach", euros("20")), redeemed(BAKERY, "at-feldbach", euros("5")),
                    reversed(BAKERY, "at-feldbach", euros("3"))));
            assertThat(statements).containsExactly(new Statement(BAKERY, "at-feldbach", 2, euros("25"), euros("3")));
            assertThat(statements.getFirst().payout()).isEqualTo(euros("22"));
        }

        @Test
        void oneStatementPerMerchantIssuerAndCurrencyInTheOrderTheLinesCame() {
            List<Statement> statements = Settling.net(List.of(redeemed(BAKERY, "at-feldbach", euros("10")), redeemed(BAKERY, "cooperation", euros("4")),
                    redeemed(PHARMACY, "si-ptuj", euros("7")), redeemed(PHARMACY, "si-ptuj", forints("3500")), reversed(BAKERY, "cooperation", euros("4"))));
            assertThat(statements).containsExactly(new Statement(BAKERY, "at-feldbach", 1, euros("10"), euros("0")),
                    new Statement(BAKERY, "cooperation", 1, euros("4"), euros("4")), new Statement(PHARMACY, "si-ptuj", 1, euros("7"), euros("0")),
                    new Statement(PHARMACY, "si-ptuj", 1, forints("3500"), forints("0")));
            assertThat(statements.get(1).payout()).as("all given back: nothing to pay, still a statement").isEqualTo(euros("0"));
        }

        @Test
        void aReversalLeftOpenIsSettledWithTheNextPeriodOnItsOwn() {
            // a redemption settled last week, a part of it given back before it was settled, settled now: the payout goes down
            assertThat(Settling.net(List.of(reversed(BAKERY, "at-feldbach", euros("2.50")))))
                    .containsExactly(new Statement(BAKERY, "at-feldbach", 0, euros("0"), euros("2.50")));
        }

        @Test
        void nothingOpenIsNoStatement() {
            assertThat(Settling.net(List.of())).isEmpty();
        }
    }

    static OpenLine redeemed(UUID merchant, String issuer, Money amount) {
        return new OpenLine(merchant, issuer, Kind.REDEMPTION, amount);
    }

    static OpenLine reversed(UUID merchant, String issuer, Money amount) {
        return new OpenLine(merchant, issuer, Kind.REVERSAL, amount);
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }

    static Money forints(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.HUF);
    }
}
