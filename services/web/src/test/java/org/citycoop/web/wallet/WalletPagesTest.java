package org.citycoop.web.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What the wallet pages print of a voucher's dates and of a redemption in a shop of another currency. */
class WalletPagesTest {

    @Test
    void theWalletShowsTheLastDayVoucherServiceStatesNotTheDayOfTheInstantItEnds() {
        // ends at midnight starting 3 December in Vienna (23:00 UTC on the 2nd): valid until 2 December, as the PDF prints
        WalletPages.Voucher voucher = new WalletPages.Voucher(UUID.randomUUID(), "ABCD", "citycoop:v1:ABCD", UUID.randomUUID(), "EUR",
                new BigDecimal("25"), new BigDecimal("25"), "ACTIVE", Instant.parse("2029-12-02T23:00:00Z"), LocalDate.of(2029, 12, 2));
        assertThat(WalletPages.validUntil(voucher, Locale.GERMAN)).isEqualTo("2. Dezember 2029");
        assertThat(WalletPages.validUntil(voucher, Locale.ENGLISH)).isEqualTo("December 2, 2029");
    }

    @Test
    void aEuroVoucherSpentInAForintShopShowsTheForintsAndTheRate() {
        WalletPages.HistoryEntry spent = new WalletPages.HistoryEntry("REDEEMED", new BigDecimal("5.06"), "EUR", "Lenti Pékség", Instant.now(),
                new BigDecimal("2000"), "HUF", "395.5");
        WalletPages.Event shown = WalletPages.event(spent, Locale.GERMAN);
        assertThat(shown.amount()).isEqualTo("5,06\u00a0€");
        assertThat(shown.paid()).isEqualTo(org.citycoop.web.shell.Formats.money(new BigDecimal("2000"), "HUF", Locale.GERMAN)).contains("2.000");
        assertThat(shown.rate()).isEqualTo("395,50");
        assertThat(WalletPages.event(spent, Locale.ENGLISH).rate()).isEqualTo("395.50");
    }

    @Test
    void theVoucherPageWritesTheForintsAndTheRateInThePagesLanguage() throws Exception {
        String page = new String(WalletPagesTest.class.getResourceAsStream("/templates/voucher.html").readAllBytes(), StandardCharsets.UTF_8);
        Matcher cell = Pattern.compile("<td class=\"number\">.*?</td>", Pattern.DOTALL).matcher(page);
        assertThat(cell.find()).as("the history's amount cell in voucher.html").isTrue();
        org.thymeleaf.spring6.SpringTemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();
        engine.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());
        org.springframework.context.support.ResourceBundleMessageSource messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasename("i18n/web/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
        WalletPages.Event spent = WalletPages.event(new WalletPages.HistoryEntry("REDEEMED", new BigDecimal("5.06"), "EUR", "Lenti Pékség", Instant.now(),
                new BigDecimal("2000"), "HUF", "395.5"), Locale.GERMAN);
        String html = engine.process(cell.group(), new org.thymeleaf.context.Context(Locale.GERMAN, java.util.Map.of("e", spent)));
        assertThat(html).contains("5,06\u00a0€").contains("(" + spent.paid() + " im Geschäft, zu 395,50 Ft/€)");
        WalletPages.Event local = WalletPages.event(new WalletPages.HistoryEntry("REDEEMED", new BigDecimal("7.50"), "EUR", "Bäckerei Fasching",
                Instant.now(), null, null, null), Locale.GERMAN);
        assertThat(engine.process(cell.group(), new org.thymeleaf.context.Context(Locale.GERMAN, java.util.Map.of("e", local))))
                .isEqualTo("<td class=\"number\"><span>7,50\u00a0€</span></td>");
    }

    @Test
    void anEntryInTheVouchersOwnCurrencyShowsOneAmount() {
        WalletPages.HistoryEntry spent = new WalletPages.HistoryEntry("REDEEMED", new BigDecimal("7.50"), "EUR", "Bäckerei Fasching", Instant.now(),
                null, null, null);
        WalletPages.Event shown = WalletPages.event(spent, Locale.GERMAN);
        assertThat(shown.amount()).isEqualTo("7,50\u00a0€");
        assertThat(shown.paid()).isNull();
        assertThat(shown.rate()).isNull();
    }
}
