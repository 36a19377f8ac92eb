package org.citycoop.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.junit.jupiter.api.Test;

/** The glossary's formats, one language at a time. */
class FormatsTest {

    private static final Money EUROS = Money.of(123450, Currency.EUR);
    private static final Money FORINTS = Money.of(12345, Currency.HUF);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Test
    void moneyIsWrittenAsEachLanguageWritesIt() {
        assertThat(Formats.money(EUROS, "de-AT")).isEqualTo("1.234,50\u00a0€");
        assertThat(Formats.money(EUROS, "sl")).isEqualTo("1.234,50\u00a0€");
        assertThat(Formats.money(EUROS, "en")).isEqualTo("€1,234.50");
        assertThat(Formats.money(FORINTS, "hu-HU")).isEqualTo("12\u00a0345\u00a0Ft");
        assertThat(Formats.money(Money.of(5, Currency.EUR), "de")).isEqualTo("0,05\u00a0€");
        assertThat(Formats.money(EUROS, "fr")).as("other languages read English").isEqualTo("€1,234.50");
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        assertThat(Formats.date(DAY, "de")).isEqualTo("21.11.2026");
        assertThat(Formats.date(DAY, "sl")).isEqualTo("21. 11. 2026");
        assertThat(Formats.date(DAY, "hu")).isEqualTo("2026. 11. 21.");
        assertThat(Formats.date(DAY, "en")).isEqualTo("21 Nov 2026");
    }
}
