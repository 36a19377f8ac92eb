package org.citycoop.redemption.settlement.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycoop.redemption.settlement.decision.Shops.BAKERY;
import static org.citycoop.redemption.settlement.decision.Shops.PHARMACY;
import static org.citycoop.redemption.settlement.decision.Shops.CAKE_SHOP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The euro payouts of the week of 16 to 22 November 2026 handed to the bank on Friday the 27th, one test a rule. No container. */
class PayingOutTest {

    static final Period WEEK = new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    final PayingOut payingOut = PayingOut.withAllCurrentPolicies();

    @Nested
    class TheTransfers {

        @Test
        void areGroupedByTheCityThatPaysThemOnTheNextWorkingDay() {
            Payout bakery = payout(BAKERY, "AT611904300234573201", "at-feldbach", euros("22"), "at-feldbach");
            Payout pharmacy = payout(PHARMACY, "SI56191000000123438", "cooperation", euros("9.80"), "si-ptuj");
            Payout bakeryRegional = payout(BAKERY, "AT611904300234573201", "cooperation", euros("23.50"), "at-feldbach");
            var decision = payingOut.decide(new PayoutRun(WEEK, List.of(bakery, pharmacy, bakeryRegional), null, FRIDAY));
            assertThat(decision).isInstanceOf(PayingOut.Transfers.class);
            PayingOut.Transfers transfers = (PayingOut.Transfers) decision;
            assertThat(transfers.executionDay()).as("Friday's next working day is Monday").isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(transfers.messageId()).as("the same for the same period: the bank refuses a second file").isEqualTo("CITYCOOP-20261116-20261122");
            assertThat(transfers.byPayingCity()).containsOnlyKeys("at-feldbach", "si-ptuj");
            assertThat(transfers.byPayingCity().get("at-feldbach")).containsExactly(bakery, bakeryRegional);
            assertThat(transfers.all()).containsExactly(bakery, pharmacy, bakeryRegional);
        }

        @Test
        void leaveForintsToTheCsv() {
            Payout bakery = payout(BAKERY, "AT611904300234573201", "at-feldbach", euros("22"), "at-feldbach");
            Payout cakes = payout(CAKE_SHOP, null, "hu-szentgotthard", Money.of(58800, Currency.HUF), "hu-szentgotthard");
            var transfers = (PayingOut.Transfers) payingOut.decide(new PayoutRun(WEEK, List.of(bakery, cakes), FRIDAY, FRIDAY));
            assertThat(transfers.all()).as("a forint shop without an account does not hold the euro file up").containsExactly(bakery);
            assertThat(transfers.executionDay()).as("today, when asked for").isEqualTo(FRIDAY);
        }

        @Test
        void ofAMerchantNotKnownHereArePaidByTheIssuer() {
            Payout unknownSeat = payout(BAKERY, "AT611904300234573201", "at-feldbach", euros("22"), null);
            var transfers = (PayingOut.Transfers) payingOut.decide(new PayoutRun(WEEK, List.of(unknownSeat), null, FRIDAY));
            assertThat(transfers.byPayingCity()).containsOnlyKeys("at-feldbach");
        }
    }

    @Nested
    class NoFile {

        @Test
        void whenACitysPayoutHasNoAccount() {
            // given the pharmacy has not given its payout account (twice in the period); then no file, naming it once
            var run = new PayoutRun(WEEK, List.of(payout(BAKERY, "AT611904300234573201", "at-feldbach", euros("22"), "at-feldbach"),
                    payout(PHARMACY, null, "si-ptuj", euros("11"), "si-ptuj"), payout(PHARMACY, null, "cooperation", euros("9.80"), "si-ptuj")), null, FRIDAY);
            assertThat(payingOut.decide(run)).isEqualTo(new PayingOut.Refused(new PayoutRefusal.AccountUnknown(List.of(PHARMACY))));
        }

        @Test
        void whenNothingIsPaidInEuro() {
            var run = new PayoutRun(WEEK, List.of(payout(CAKE_SHOP, "HU42117730161111101800000000", "hu-szentgotthard", Money.of(58800, Currency.HUF),
                    "hu-szentgotthard")), null, FRIDAY);
            assertThat(payingOut.decide(run)).isEqualTo(new PayingOut.Refused(new PayoutRefusal.NothingInEuro(WEEK)));
            assertThat(payingOut.decide(new PayoutRun(WEEK, List.of(), null, FRIDAY))).isEqualTo(new PayingOut.Refused(new PayoutRefusal.NothingInEuro(WEEK)));
        }

        @Test
        void forAnExecutionDayInThePast() {
            var run = new PayoutRun(WEEK, List.of(payout(PHARMACY, null, "si-ptuj", euros("11"), "si-ptuj")), FRIDAY.minusDays(1), FRIDAY);
            assertThat(payingOut.decide(run)).as("asked first").isEqualTo(new PayingOut.Refused(new PayoutRefusal.ExecutionInThePast()));
        }
    }

    @Test
    void theNextWorkingDaySkipsTheWeekend() {
        assertThat(PayingOut.nextWorkingDay(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(PayingOut.nextWorkingDay(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(PayingOut.nextWorkingDay(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aTransferCarriesAReferenceToItsStatement() {
        Payout payout = new Payout(UUID.fromString("1a2b3c4d-0000-0000-0000-000000000000"), BAKERY, "Bäckerei Fasching GmbH", "AT611904300234573201",
                "at-feldbach", euros("22"), WEEK.from(), WEEK.to(), "at-feldbach");
        assertThat(payout.reference()).isEqualTo("citycoop 2026-11-16..2026-11-22 1a2b3c4d");
    }

    static Payout payout(UUID merchant, @Nullable String iban, String issuer, Money amount, @Nullable String payingCity) {
        return new Payout(UUID.randomUUID(), merchant, iban == null ? null : "Holder " + merchant, iban, issuer, amount, WEEK.from(), WEEK.to(), payingCity);
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }
}
