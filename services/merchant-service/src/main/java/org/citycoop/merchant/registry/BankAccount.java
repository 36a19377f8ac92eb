package org.citycoop.merchant.registry;

import java.util.Locale;
import java.util.Optional;

import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/** An IBAN checked with iban4j (country length and structure, mod-97 check digits), stored without spaces. */
public record BankAccount(String iban) {

    /** Why a text is no IBAN. */
    public enum Problem { WRONG_FORMAT, WRONG_CHECK_DIGITS, UNKNOWN_COUNTRY }

    /** The problem with {@code raw}, if any. */
    public static Optional<Problem> check(String raw) {
        try {
            IbanUtil.validate(normalise(raw));
            return Optional.empty();
        } catch (InvalidCheckDigitException e) {
            return Optional.of(Problem.WRONG_CHECK_DIGITS);
        } catch (UnsupportedCountryException e) {
            return Optional.of(Problem.UNKNOWN_COUNTRY);
        } catch (IbanFormatException | IllegalArgumentException e) {
            return Optional.of(Problem.WRONG_FORMAT);
        }
    }

    public static BankAccount of(String raw) {
        Optional<Problem> problem = check(raw);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get() + ": " + raw);
        }
        return new BankAccount(normalise(raw));
    }

    static String normalise(String raw) {
        return raw == null ? "" : raw.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
    }
}
