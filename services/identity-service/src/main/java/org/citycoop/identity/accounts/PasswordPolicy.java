package org.citycoop.identity.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules, written so a person can follow them (NIST SP 800-63B: length over
 * composition): at least 12 characters, at most 128, not containing the e-mail's name part, not one
 * of the passwords everyone tries, not a single repeated character. Each broken rule is a message
 * code ({@code password.*}) with text in de, sl, hu and en.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertzuiopas", "qwertyuiopas", "passwort1234",
            "geslo1234567", "jelszo123456", "citycoop1234", "iloveyou1234", "000000000000", "111111111111", "abcdefghijkl",
            "letmein12345", "welcome12345", "willkommen12");

    private PasswordPolicy() {
    }

    /** The codes of the rules {@code password} breaks for {@code email}; empty when it is acceptable. */
    public static List<String> violations(String password, String email) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            broken.add("password.too-short");
            return broken;
        }
        if (password.length() > MAX_LENGTH) {
            broken.add("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = email == null ? "" : email.toLowerCase(Locale.ROOT).replaceFirst("@.*", "");
        if (name.length() >= 3 && lower.contains(name)) {
            broken.add("password.contains-email");
        }
        if (COMMON.contains(lower)) {
            broken.add("password.common");
        }
        if (password.chars().distinct().count() < 4) {
            broken.add("password.too-simple");
        }
        return broken;
    }
}
