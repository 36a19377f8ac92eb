package org.citycoop.voucher.taxfree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.junit.jupiter.api.Test;

/** The tax-free decision per employee, without a database: limits per period, per voucher and per number of occasions. */
class TaxFreeAllowanceTest {

    private static final TaxFreeRule AUSTRIA = new TaxFreeRule("AT", Currency.EUR, TaxFreeRule.Period.YEAR, euros(18600), null, null, "§ 3 Abs. 1 Z 14 EStG",
            "", Instant.EPOCH, "test");
    private static final TaxFreeRule HUNGARY = new TaxFreeRule("HU", Currency.HUF, TaxFreeRule.Period.YEAR, forints(96840), forints(32280), 3,
            "Szja tv. 70. §", "", Instant.EPOCH, "test");

    @Test
    void reachingTheYearlyLimitExactlyIsAllowedAndACentMoreIsNot() {
        var already = Map.of("P-1", new TaxFreeAllowance.Received(euros(10000), 1));
        assertThat(TaxFreeAllowance.check(AUSTRIA, List.of(gift(2, "P-1", euros(8600))), already).allowed()).isTrue();
        var over = TaxFreeAllowance.check(AUSTRIA, List.of(gift(2, "P-1", euros(8601))), already);
        assertThat(over.over()).singleElement().satisfies(o -> {
            assertThat(o.breach()).isEqualTo(TaxFreeAllowance.Breach.PERIOD_LIMIT);
            assertThat(o.received()).isEqualTo(euros(10000));
            assertThat(o.after()).isEqualTo(euros(18601));
        });
    }

    @Test
    void aGiftAboveEightyPercentOfTheLimitIsWarnedAbout() {
        var outcome = TaxFreeAllowance.check(AUSTRIA, List.of(gift(2, "P-1", euros(15000)), gift(3, "P-2", euros(14880))), Map.of());
        assertThat(outcome.allowed()).isTrue();
        assertThat(outcome.near()).extracting(near -> near.gift().employeeRef()).containsExactly("P-1");
    }

    @Test
    void inHungaryOneGiftMayNotExceedATenthOfTheMinimumWageNorComeAFourthTimeAYear() {
        assertThat(TaxFreeAllowance.check(HUNGARY, List.of(gift(2, "H-1", forints(32281))), Map.of()).over())
                .extracting(TaxFreeAllowance.Over::breach).containsExactly(TaxFreeAllowance.Breach.PER_OCCASION);
        var thrice = Map.of("H-1", new TaxFreeAllowance.Received(forints(3000), 3));
        assertThat(TaxFreeAllowance.check(HUNGARY, List.of(gift(2, "H-1", forints(1000))), thrice).over())
                .extracting(TaxFreeAllowance.Over::breach, TaxFreeAllowance.Over::ordersAfter).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        TaxFreeAllowance.Breach.OCCASIONS, 4));
        var twice = Map.of("H-1", new TaxFreeAllowance.Received(forints(64560), 2));
        assertThat(TaxFreeAllowance.check(HUNGARY, List.of(gift(2, "H-1", forints(32280))), twice).allowed()).isTrue();
    }

    @Test
    void aMonthlyPeriodStartsOnTheFirstOfTheMonthAndAYearlyOneOnTheFirstOfJanuary() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(TaxFreeRule.Period.MONTH.start(day)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(TaxFreeRule.Period.MONTH.end(day)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(TaxFreeRule.Period.YEAR.start(day)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(TaxFreeRule.Period.YEAR.end(day)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    private static TaxFreeAllowance.Gift gift(int line, String employee, Money amount) {
        return new TaxFreeAllowance.Gift(line, employee, "Employee " + employee, amount);
    }

    private static Money euros(long cents) {
        return Money.of(cents, Currency.EUR);
    }

    private static Money forints(long forints) {
        return Money.of(forints, Currency.HUF);
    }
}
