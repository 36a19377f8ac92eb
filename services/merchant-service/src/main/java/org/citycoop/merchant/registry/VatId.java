package org.citycoop.merchant.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * A VAT identification number of Austria, Slovenia or Hungary, normalised (upper case, no spaces,
 * dots or dashes) and checked: the country's format and its check digit.
 * <ul>
 * <li>AT: {@code ATU} + 8 digits; check digit from the 7 before it (odd positions as they are, even
 * positions doubled and cross-summed; {@code (10 - (sum + 4) mod 10) mod 10}).</li>
 * <li>SI: {@code SI} + 8 digits, the first not 0; weights 8..2, {@code 11 - sum mod 11}, 10 → 0, 11 invalid.</li>
 * <li>HU: {@code HU} + 8 digits; weights 9,7,3,1,9,7,3, {@code (10 - sum mod 10) mod 10}.</li>
 * </ul>
 */
public record VatId(String value) {

    /** Why a text is no VAT id of the country. */
    public enum Problem { WRONG_COUNTRY, WRONG_FORMAT, WRONG_CHECK_DIGIT }

    public VatId {
        if (check(value, value.length() >= 2 ? value.substring(0, 2) : "").isPresent()) {
            throw new IllegalArgumentException("not a valid AT, SI or HU VAT id: " + value);
        }
    }

    /** Normalises {@code raw} and checks it against {@code countryCode}; the problem if it is not valid. */
    public static Optional<Problem> check(String raw, String countryCode) {
        String vat = normalise(raw);
        String country = countryCode.toUpperCase(Locale.ROOT);
        if (!vat.startsWith(country)) {
            return Optional.of(Problem.WRONG_COUNTRY);
        }
        return switch (country) {
            case "AT" -> vat.matches("ATU[0-9]{8}") ? (austrian(vat.substring(3)) ? Optional.empty() : Optional.of(Problem.WRONG_CHECK_DIGIT))
                    : Optional.of(Problem.WRONG_FORMAT);
            case "SI" -> vat.matches("SI[1-9][0-9]{7}") ? (slovenian(vat.substring(2)) ? Optional.empty() : Optional.of(Problem.WRONG_CHECK_DIGIT))
                    : Optional.of(Problem.WRONG_FORMAT);
            case "HU" -> vat.matches("HU[0-9]{8}") ? (hungarian(vat.substring(2)) ? Optional.empty() : Optional.of(Problem.WRONG_CHECK_DIGIT))
                    : Optional.of(Problem.WRONG_FORMAT);
            default -> Optional.of(Problem.WRONG_COUNTRY);
        };
    }

    /** The VAT id in {@code raw}, normalised, for a merchant in {@code countryCode}. */
    public static VatId of(String raw, String countryCode) {
        Optional<Problem> problem = check(raw, countryCode);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get() + ": " + raw);
        }
        return new VatId(normalise(raw));
    }

    /** A valid VAT id of {@code countryCode} for these 7 digits (the check digit computed): demo data and tests. */
    public static VatId complete(String countryCode, String sevenDigits) {
        for (int check = 0; check <= 9; check++) {
            String candidate = ("AT".equals(countryCode) ? "ATU" : countryCode) + sevenDigits + check;
            if (check(candidate, countryCode).isEmpty()) {
                return new VatId(candidate);
            }
        }
        throw new IllegalArgumentException("no check digit makes " + sevenDigits + " a valid " + countryCode + " VAT id");
    }

    static String normalise(String raw) {
        return raw == null ? "" : raw.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }

    private static boolean austrian(String digits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                int doubled = d * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += d;
            }
        }
        return (10 - (sum + 4) % 10) % 10 == digits.charAt(7) - '0';
    }

    private static boolean slovenian(String digits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return false;
        }
        return (check == 10 ? 0 : check) == digits.charAt(7) - '0';
    }

    private static boolean hungarian(String digits) {
        int[] weights = {9, 7, 3, 1, 9, 7, 3};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return (10 - sum % 10) % 10 == digits.charAt(7) - '0';
    }
}
