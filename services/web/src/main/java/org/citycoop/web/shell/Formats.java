package org.citycoop.web.shell;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as people of each language write them: "1.234,50 €" (de), "1.234,50 €" (sl), "12 345 Ft" (hu), "€1,234.50" (en). */
public final class Formats {

    private Formats() {
    }

    /** An amount in major units in the page's language; forints without decimals. */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty() ? switch (locale.getLanguage()) {
            case "de" -> Locale.forLanguageTag("de-DE");
            case "sl" -> Locale.forLanguageTag("sl-SI");
            case "hu" -> Locale.forLanguageTag("hu-HU");
            default -> Locale.forLanguageTag("en-IE");
        } : locale);
        format.setCurrency(Currency.getInstance(currency));
        int digits = "HUF".equals(currency) ? 0 : 2;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        // "HUF10,000" (English) as browsers write it: "HUF 10,000"
        return format.format(amount).replaceFirst("^([A-Z]{3})(?=\\d)", "$1\u00a0");
    }

    /** An amount in minor units (cents; forints have none). */
    public static String money(long minor, String currency, Locale locale) {
        return money(BigDecimal.valueOf(minor, "HUF".equals(currency) ? 0 : 2), currency, locale);
    }
}
