package org.citycoop.platform.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;

/**
 * Money and dates as people in the network write them: de {@code 1.234,50 €} and {@code 21.11.2026};
 * sl {@code 1.234,50 €} and {@code 21. 11. 2026}; hu {@code 12 345 Ft} (no decimals) and
 * {@code 2026. 11. 21.}; en {@code €1,234.50} and {@code 21 Nov 2026}. Written out here rather than
 * taken from the JDK's locale data, whose de-AT puts the euro sign in front.
 */
public final class Formats {

    private static final char NBSP = '\u00a0';

    private Formats() {
    }

    /** One of de, sl, hu, en; anything else is English. */
    public static String language(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        return switch (language) {
            case "de", "sl", "hu" -> language;
            default -> "en";
        };
    }

    public static String money(Money money, String languageTag) {
        String language = language(languageTag);
        BigDecimal amount = money.major();
        if (money.currency() == Currency.HUF) {
            return number(amount.setScale(0, RoundingMode.UNNECESSARY), "en".equals(language) ? ',' : NBSP, '.', 0) + NBSP + "Ft";
        }
        return switch (language) {
            case "en" -> "€" + number(amount, ',', '.', 2);
            default -> number(amount, '.', ',', 2) + NBSP + "€";
        };
    }

    public static String date(LocalDate date, String languageTag) {
        return switch (language(languageTag)) {
            case "de" -> date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            case "sl" -> date.format(DateTimeFormatter.ofPattern("d. M. yyyy"));
            case "hu" -> date.format(DateTimeFormatter.ofPattern("yyyy. MM. dd."));
            default -> date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        };
    }

    private static String number(BigDecimal amount, char grouping, char decimal, int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }
}
