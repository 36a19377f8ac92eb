package org.citycoop.points.rewards.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.platform.refusal.Fault;
import org.citycoop.contracts.money.Currency;
import org.junit.jupiter.api.Test;

/** New entries of the reward catalogue as examples: a Feldbach city voucher of 10 € for 1,000 points, and what is wrong with its variants. */
class CataloguingTest {

    static final UUID FELDBACH_VOUCHER = UUID.fromString("7d1f4a2b-3c5e-4f60-8a9b-0c1d2e3f4a5b");
    static final Map<String, String> NAMES = Map.of("de", "Feldbacher Stadtgutschein 10 €", "sl", "Mestni bon Feldbach 10 €", "hu",
            "Feldbachi városi utalvány 10 €", "en", "Feldbach city voucher €10");

    @Test
    void aCompleteEntryIsAddedInItsCurrency() {
        // when
        var decision = Cataloguing.decide(new NewReward(FELDBACH_VOUCHER, NAMES, new BigDecimal("10.00"), "EUR", 1_000L));
        // then
        assertThat(decision).isEqualTo(new Cataloguing.Add(FELDBACH_VOUCHER, NAMES, new BigDecimal("10.00"), Currency.EUR, 1_000L));
    }

    @Test
    void anEntryWithNothingInItNamesEveryField() {
        assertThat(faults(Cataloguing.decide(new NewReward(null, null, null, null, null)))).containsExactly(Fault.of("programId", "rewards.program"),
                Fault.of("names", "rewards.names"), Fault.of("currency", "rewards.currency"), Fault.of("amount", "rewards.amount"),
                Fault.of("points", "rewards.points"));
    }

    @Test
    void aNameMissingInOneLanguageOrBlankIsRefused() {
        Map<String, String> noHungarian = Map.of("de", "Gutschein", "sl", "Bon", "en", "Voucher");
        Map<String, String> blankSlovenian = Map.of("de", "Gutschein", "sl", " ", "hu", "Utalvány", "en", "Voucher");

        assertThat(faults(Cataloguing.decide(new NewReward(FELDBACH_VOUCHER, noHungarian, BigDecimal.TEN, "EUR", 1_000L))))
                .containsExactly(Fault.of("names", "rewards.names"));
        assertThat(faults(Cataloguing.decide(new NewReward(FELDBACH_VOUCHER, blankSlovenian, BigDecimal.TEN, "EUR", 1_000L))))
                .containsExactly(Fault.of("names", "rewards.names"));
    }

    @Test
    void forintsHaveNoFillerAndEurosNoThirdDecimal() {
        assertThat(faults(Cataloguing.decide(new NewReward(FELDBACH_VOUCHER, NAMES, new BigDecimal("4000.50"), "HUF", 1_000L))))
                .containsExactly(Fault.of("amount", "rewards.amount"));
        assertThat(faults(Cataloguing.decide(new NewReward(FELDBACH_VOUCHER, NAMES, new BigDecimal("10.005"), "EUR", 1_000L))))
                .containsExactly(Fault.of("amount", "rewards.amount"));
    }

    @Test
    void anUnknownCurrencyIsNamedAndItsAmountStillCheckedForCents() {
        assertThat(faults(Cataloguing.decide(new NewReward(FELDBACH_VOUCHER, NAMES, new BigDecimal("10.50"), "CHF", 1_000L))))
                .containsExactly(Fault.of("currency", "rewards.currency"));
        assertThat(faults(Cataloguing.decide(new NewReward(FELDBACH_VOUCHER, NAMES, new BigDecimal("10.505"), "CHF", 1_000L))))
                .containsExactly(Fault.of("currency", "rewards.currency"), Fault.of("amount", "rewards.amount"));
    }

    @Test
    void aRewardForNoPointsOrForNothingIsRefused() {
        assertThat(faults(Cataloguing.decide(new NewReward(FELDBACH_VOUCHER, NAMES, BigDecimal.ZERO, "EUR", 0L))))
                .containsExactly(Fault.of("amount", "rewards.amount"), Fault.of("points", "rewards.points"));
    }

    private static List<Fault> faults(Cataloguing.Decision decision) {
        assertThat(decision).isInstanceOf(Cataloguing.Refused.class);
        return ((Cataloguing.Refused) decision).faults();
    }
}
