package org.citycoop.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The glossary's formats, one language at a time. */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            123450 | EUR | de-AT | "1.234,50\u00a0€"
            123450 | EUR | sl    | "1.234,50\u00a0€"
            123450 | EUR | en    | "€1,234.50"
            12345  | HUF | hu-HU | "12\u00a0345\u00a0Ft"
            5      | EUR | de    | "0,05\u00a0€"
            123450 | EUR | fr    | "€1,234.50"
            """)
    void moneyIsWrittenAsEachLanguageWritesIt(long minorUnits, Currency currency, String language, String written) {
        // French: other languages read English
        assertThat(Formats.money(Money.of(minorUnits, currency), language)).isEqualTo(written);
    }

    @ParameterizedTest(name = "in {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            de | "21.11.2026"
            sl | "21. 11. 2026"
            hu | "2026. 11. 21."
            en | "21 Nov 2026"
            """)
    void datesAreWrittenAsEachLanguageWritesThem(String language, String written) {
        assertThat(Formats.date(DAY, language)).isEqualTo(written);
    }
}
