package org.citycoop.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What the programs' draft form sends voucher-service, and how a program's row reads. */
class ProgramsSectionTest {

    @Test
    void aDraftSendsTheFourNamesStrippedTheValuesAsNumbersAndTheChosenCities() {
        // given a filled draft form, values separated by spaces and a semicolon, one with a decimal comma
        Map<String, String> form = new HashMap<>(Map.of("name-de", " Fehringer Gutschein ", "name-sl", "Bon Fehring", "name-hu", "Fehringi utalvány",
                "name-en", "Fehring voucher", "issuer", "at-fehring", "currency", "EUR", "coverage", "CITIES", "denominations", "10 20;  12,50",
                "validityMonths", "36", "bonusPercent", "2,5"));
        // when it is sent
        Map<String, Object> body = ProgramsSection.drafted(form, List.of("at-fehring", "at-feldbach"));
        // then
        assertThat(body.get("names")).isEqualTo(Map.of("de", "Fehringer Gutschein", "sl", "Bon Fehring", "hu", "Fehringi utalvány", "en", "Fehring voucher"));
        assertThat(body).containsEntry("issuer", "at-fehring").containsEntry("currency", "EUR").containsEntry("coverage", "CITIES")
                .containsEntry("cityCodes", List.of("at-fehring", "at-feldbach"))
                .containsEntry("denominations", List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("12.50")))
                .containsEntry("validityMonths", new BigDecimal("36")).containsEntry("bonusPercent", new BigDecimal("2.5"));
    }

    @Test
    void aDraftWithoutCitiesOrBonusSendsNoCitiesAndNoBonusAndABadValueAsTyped() {
        // given a form with no city chosen, no bonus field and a month count that is no number
        Map<String, String> form = Map.of("name-de", "A", "denominations", " ", "validityMonths", "zwölf");
        // when it is sent
        Map<String, Object> body = ProgramsSection.drafted(form, null);
        // then voucher-service is the one to name the bad value
        assertThat(body).containsEntry("cityCodes", List.of()).containsEntry("denominations", List.of()).containsEntry("validityMonths", "zwölf")
                .containsEntry("bonusPercent", BigDecimal.ZERO);
        assertThat(body.get("names")).isEqualTo(Map.of("de", "A", "sl", "", "hu", "", "en", ""));
    }

    @Test
    void aProgramsRowHasItsNameInThePagesLanguageItsIssuerAndItsValuesAsMoney() {
        // given a program of Fehring with two values
        Program fehring = program(Map.of("de", "Fehringer Gutschein", "en", "Fehring voucher"), "at-fehring", List.of(new BigDecimal("10"),
                new BigDecimal("20")));
        // when its row is shown in German
        Row row = ProgramsSection.row(fehring, Locale.GERMAN);
        // then
        assertThat(row.id()).isEqualTo(fehring.id().toString());
        assertThat(row.cells()).containsExactly("Fehringer Gutschein", "Fehring", "EUR", "10,00\u00a0€, 20,00\u00a0€", "36");
        assertThat(row.status()).isEqualTo("DRAFT");
    }

    @Test
    void aProgramWithoutValuesShowsADashAndANameMissingInTheLanguageFallsBackToEnglishThenToAnyOther() {
        Program cooperation = program(Map.of("en", "Regional voucher", "de", "Regionalgutschein"), "cooperation", List.of());
        assertThat(ProgramsSection.row(cooperation, Locale.forLanguageTag("hu")).cells()).containsExactly("Regional voucher", "City Cooperation", "EUR", "–",
                "36");
        assertThat(program(Map.of("sl", "Bon"), "cooperation", List.of()).name(Locale.GERMAN)).isEqualTo("Bon");
    }

    private static Program program(Map<String, String> names, String issuer, List<BigDecimal> values) {
        return new Program(UUID.randomUUID(), names, issuer, "EUR", "CITY", List.of(), values, 36, BigDecimal.ZERO, "DRAFT");
    }
}
