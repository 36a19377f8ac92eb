package org.citycoop.redemption.settlement.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.junit.jupiter.api.Test;

/** Clearing between cities, one test a rule: what issuers owe the cities where their vouchers were spent. No container. */
class OffsettingTest {

    @Test
    void anIssuerOwesTheCityThatPaidOutItsVouchers() {
        // given a Ptuj voucher spent for 10 at a Feldbach shop; then Ptuj owes Feldbach 10
        Offsetting.Cleared cleared = Offsetting.clear(List.of(new Offsetting.Paid("si-ptuj", "at-feldbach", euros("10"))));
        assertThat(cleared.gross()).containsExactly(new Offsetting.Owed("si-ptuj", "at-feldbach", euros("10")));
        assertThat(cleared.net()).containsExactly(new Offsetting.Owed("si-ptuj", "at-feldbach", euros("10")));
    }

    @Test
    void aCitysOwnVouchersSpentAtHomeOweNothing() {
        assertThat(Offsetting.clear(List.of(new Offsetting.Paid("si-ptuj", "si-ptuj", euros("7"))))).isEqualTo(new Offsetting.Cleared(List.of(), List.of()));
    }

    @Test
    void debtsBetweenTwoCitiesOffset() {
        // given Ptuj owes Feldbach 10 + 2 and Feldbach owes Ptuj 4; then gross per direction, and net Ptuj owes Feldbach 8
        Offsetting.Cleared cleared = Offsetting.clear(List.of(new Offsetting.Paid("si-ptuj", "at-feldbach", euros("10")),
                new Offsetting.Paid("at-feldbach", "si-ptuj", euros("4")), new Offsetting.Paid("si-ptuj", "at-feldbach", euros("2"))));
        assertThat(cleared.gross()).containsExactly(new Offsetting.Owed("at-feldbach", "si-ptuj", euros("4")),
                new Offsetting.Owed("si-ptuj", "at-feldbach", euros("12")));
        assertThat(cleared.net()).containsExactly(new Offsetting.Owed("si-ptuj", "at-feldbach", euros("8")));
    }

    @Test
    void equalDebtsOffsetToNothing() {
        Offsetting.Cleared cleared = Offsetting.clear(List.of(new Offsetting.Paid("si-ptuj", "at-feldbach", euros("4")),
                new Offsetting.Paid("at-feldbach", "si-ptuj", euros("4"))));
        assertThat(cleared.gross()).hasSize(2);
        assertThat(cleared.net()).isEmpty();
    }

    @Test
    void currenciesDoNotOffsetEachOther() {
        // the cooperation owes Lenti 3500 forints and Feldbach 23.50 euros; Lenti's forints are no offset for euros
        Offsetting.Cleared cleared = Offsetting.clear(List.of(new Offsetting.Paid("cooperation", "hu-lenti", Money.of(3500, Currency.HUF)),
                new Offsetting.Paid("cooperation", "at-feldbach", euros("23.50")), new Offsetting.Paid("hu-lenti", "cooperation", euros("1"))));
        assertThat(cleared.net()).containsExactly(new Offsetting.Owed("cooperation", "at-feldbach", euros("23.50")),
                new Offsetting.Owed("cooperation", "hu-lenti", Money.of(3500, Currency.HUF)), new Offsetting.Owed("hu-lenti", "cooperation", euros("1")));
    }

    @Test
    void aPayoutThatCameToNothingIsNoDebt() {
        assertThat(Offsetting.clear(List.of(new Offsetting.Paid("si-ptuj", "at-feldbach", euros("0")))).gross()).isEmpty();
    }

    static Money euros(String amount) {
        return Money.ofMajor(new BigDecimal(amount), Currency.EUR);
    }
}
