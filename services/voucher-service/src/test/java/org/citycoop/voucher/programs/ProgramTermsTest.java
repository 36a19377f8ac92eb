package org.citycoop.voucher.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.platform.refusal.Fault;
import org.junit.jupiter.api.Test;

/** The rules of a program's terms, as examples. */
class ProgramTermsTest {

    private static final Map<String, String> NAMES = Map.of("de", "Gutschein", "sl", "Bon", "hu", "Utalvány", "en", "Voucher");

    @Test
    void aLentiProgramIsSoldInWholeForintsAndCoversLentiOnly() {
        List<Fault> problems = new ArrayList<>();
        var valid = new ProgramTerms(NAMES, "hu-lenti", "HUF", "CITY", null, List.of(new BigDecimal("10000"), new BigDecimal("5000")), null, 12, null)
                .validate(problems);
        assertThat(problems).isEmpty();
        assertThat(valid.cityCodes()).containsExactly("hu-lenti");
        assertThat(valid.denominations()).containsExactly(Money.of(5000, Currency.HUF), Money.of(10000, Currency.HUF));
        assertThat(valid.bonusBasisPoints()).isZero();
    }

    @Test
    void aTenPercentBonusIsKeptInBasisPointsAndDuplicateDenominationsCountOnce() {
        List<Fault> problems = new ArrayList<>();
        var valid = new ProgramTerms(NAMES, "si-ptuj", "EUR", "CITIES", List.of("si-ptuj", "si-ormoz", "si-ptuj"),
                List.of(new BigDecimal("25"), new BigDecimal("25.00")), new ProgramTerms.FreeAmount(new BigDecimal("5"), new BigDecimal("5")), 36,
                new BigDecimal("10.5")).validate(problems);
        assertThat(problems).isEmpty();
        assertThat(valid.bonusBasisPoints()).isEqualTo(1050);
        assertThat(valid.cityCodes()).containsExactly("si-ptuj", "si-ormoz");
        assertThat(valid.denominations()).containsExactly(Money.of(2500, Currency.EUR));
        assertThat(valid.freeMin()).isEqualTo(valid.freeMax());
    }

    @Test
    void theRegionCoversAllTwentyFourCitiesWhateverIsListed() {
        List<Fault> problems = new ArrayList<>();
        var valid = new ProgramTerms(NAMES, "cooperation", "HUF", "REGION", List.of("hu-lenti"), List.of(new BigDecimal("5000")), null, 24, null)
                .validate(problems);
        assertThat(valid.cityCodes()).hasSize(24);
    }

    @Test
    void everyBrokenRuleIsNamedOnce() {
        List<Fault> problems = new ArrayList<>();
        var valid = new ProgramTerms(Map.of("de", "x", "fr", "y"), null, "USD", "PLANET", null, null, null, null, new BigDecimal("0.001"))
                .validate(problems);
        assertThat(valid).isNull();
        assertThat(problems).extracting(Fault::field).containsExactlyInAnyOrder("names.sl", "names.hu", "names.en", "names.fr", "issuer",
                "currency", "coverage", "denominations", "validityMonths", "bonusPercent");
    }

    @Test
    void aCityProgramMustNotListOtherCitiesAndAFreeRangeMustNotBeUpsideDown() {
        List<Fault> problems = new ArrayList<>();
        new ProgramTerms(NAMES, "at-feldbach", "EUR", "CITY", List.of("at-fehring"), List.of(), new ProgramTerms.FreeAmount(new BigDecimal("50"),
                new BigDecimal("10")), 12, null).validate(problems);
        assertThat(problems).extracting(Fault::field).containsExactly("cityCodes", "freeAmount.max");
    }
}
