package org.citycoop.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** What all the console's sections share: how a typed number is read, how an issuer and a moment are written, a template for every section. */
class ConsoleFrameTest {

    @Test
    void aNumberTypedWithADecimalCommaOrPointOrSpacesIsANumber() {
        // given what operators type in German, English or Hungarian
        // when the console reads it
        // then the service is sent the number
        assertThat(ConsoleFrame.number("395,5")).isEqualTo(new BigDecimal("395.5"));
        assertThat(ConsoleFrame.number(" 20 ")).isEqualTo(new BigDecimal("20"));
        assertThat(ConsoleFrame.number("401.25")).isEqualTo(new BigDecimal("401.25"));
        assertThat(ConsoleFrame.number("10\u00a0000")).isEqualTo(new BigDecimal("10000"));
        assertThat(ConsoleFrame.number("1 000,50")).isEqualTo(new BigDecimal("1000.50"));
    }

    @Test
    void whatIsNoNumberIsSentAsTypedForTheServiceToNameIt() {
        // given a value that is no number
        // when the console reads it
        // then it is passed on exactly as typed (voucher- or redemption-service says what is wrong with it)
        assertThat(ConsoleFrame.number("zwölf")).isEqualTo("zwölf");
        assertThat(ConsoleFrame.number("kein Kurs")).isEqualTo("kein Kurs");
        assertThat(ConsoleFrame.number("")).isEqualTo("");
        assertThat(ConsoleFrame.number("1,2,3")).isEqualTo("1,2,3");
    }

    @Test
    void anIssuerIsACityByItsOfficialNameOrTheCooperation() {
        assertThat(ConsoleFrame.party("at-feldbach")).isEqualTo("Feldbach");
        assertThat(ConsoleFrame.party("cooperation")).isEqualTo("City Cooperation");
        assertThat(ConsoleFrame.party("nowhere")).isEqualTo("City Cooperation");
    }

    @Test
    void aMomentIsWrittenInTheNetworksTimeZone() {
        // given 23:30 UTC on a winter evening
        Instant late = Instant.parse("2026-12-02T23:30:00Z");
        // when the console writes it for a German operator
        // then it is already the next day in Vienna
        assertThat(ConsoleFrame.moment(Locale.GERMAN).format(late)).isEqualTo("03.12.26, 00:30:00");
    }

    @Test
    void everySectionOfTheNavigationAndTheOverviewHaveTheirTemplate() {
        for (String section : ConsoleFrame.SECTIONS) {
            assertThat(getClass().getClassLoader().getResource("templates/console/" + section + ".html")).as(section).isNotNull();
        }
        assertThat(getClass().getClassLoader().getResource("templates/console/overview.html")).isNotNull();
        assertThat(ConsoleFrame.SECTIONS).as("one section a controller").contains(ProgramsSection.SECTION, MerchantApplicationsSection.SECTION,
                CounterSalesSection.SECTION, BulkOrdersSection.SECTION, SettlementsSection.SECTION, ExchangeRateSection.SECTION, PausedTillsSection.SECTION,
                AuditLogSection.SECTION);
    }
}
